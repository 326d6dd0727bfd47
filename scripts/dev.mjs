// `npm run dev`: `next dev` (its arguments passed on: `npm run dev -- -p 4000`), then, once it is ready,
// one load of the pages writers edit most, in the background. `next dev` compiles a route on its first
// request and the content's MDX on its first read (cached in node_modules/.cache/default-on-mdx after
// that): without this, whoever saved the first edit waited for both, 10 to 20 s on a two-core machine.
// It prints when that is done; from then on an edit shows on the next page load within about a second.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
/** The pages whose routes are compiled at start: the story, the timeline, the sources, the about page, the guide, the region checker. */
const warmPaths = ["/", "/timeline", "/sources", "/about", "/guide/desktop", "/region"];

/**
 * @param {string} long
 * @param {string} short
 */
const option = (long, short) => {
  const index = args.findIndex((arg) => arg === long || arg === short);
  return index === -1 ? undefined : args[index + 1];
};
const port = option("--port", "-p") ?? process.env.PORT ?? "3000";
const host = option("--hostname", "-H") ?? "localhost";

const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "dev", ...args], {
  cwd: root,
  stdio: ["inherit", "pipe", "inherit"],
});
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

let warming = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!warming && String(chunk).includes("Ready")) {
    warming = true;
    void warm();
  }
});

async function warm() {
  const started = performance.now();
  const origin = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  for (const pathname of warmPaths) {
    try {
      await (await fetch(`${origin}${pathname}`)).arrayBuffer();
    } catch {
      return; // the server stopped, or listens elsewhere: nothing to warm.
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(` ✓ Pages compiled and content read in ${seconds} s: an edit now shows on the next page load.`);
}
