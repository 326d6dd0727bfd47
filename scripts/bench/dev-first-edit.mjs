// `npm run bench:dev`: how long a writer waits under `npm run dev`. Starts it as a writer does,
// on content/ itself (the edited file is put back afterwards; DEV_BENCH_COPY=1 works on a copy in a
// temporary folder instead, through CONTENT_DIR), and prints: the time until it is ready and until its
// warm-up (scripts/dev.mjs) is done, the first
// load of a page, then for three edits of that page's words in a row the time from saving the file
// until a page load shows the edit, then an edit of a timeline entry shown on a page not opened yet.
// DEV_BENCH_NO_WAIT=1 edits as soon as the server is ready, before the warm-up is done.
// DEV_PORT sets the port (default 3230). Run it on a quiet machine: the figures are the machine's as
// much as the site's.
import { spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.DEV_PORT ?? 3230);
const origin = `http://127.0.0.1:${port}`;
const pagePath = process.env.DEV_BENCH_PAGE ?? "/about";
const file = process.env.DEV_BENCH_FILE ?? "about.mdx";
// `next dev` may rewrite these; the bench leaves no trace.
const touchedByNext = ["tsconfig.json", "next-env.d.ts"];

/** @param {number} since */
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

async function main() {
  const originals = new Map();
  for (const name of touchedByNext) originals.set(name, await readFile(path.join(root, name), "utf8").catch(() => ""));
  const inPlace = process.env.DEV_BENCH_COPY !== "1";
  const workDir = await mkdtemp(path.join(os.tmpdir(), "dev-bench-"));
  const contentDir = inPlace ? path.join(root, "content") : path.join(workDir, "content");
  if (!inPlace) await cp(path.join(root, "content"), contentDir, { recursive: true });
  const edited = new Map();
  /**
   * @param {string} name
   * @param {(text: string) => string} change
   */
  async function edit(name, change) {
    const target = path.join(contentDir, name);
    const text = await readFile(target, "utf8");
    if (!edited.has(target)) edited.set(target, text);
    const after = change(text);
    if (after === text) throw new Error(`the edit of ${name} changed nothing`);
    await writeFile(target, after);
  }
  let output = "";
  const started = performance.now();
  const server = spawn(process.execPath, [path.join(root, "scripts/dev.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, ...(inPlace ? {} : { CONTENT_DIR: contentDir }), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "development" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    try {
      process.kill(-(/** @type {number} */ (server.pid)), "SIGTERM");
    } catch {
      // already gone
    }
    if (server.exitCode === null) await new Promise((resolve) => server.once("exit", resolve));
    for (const [target, text] of edited) await writeFile(target, text);
    await rm(workDir, { recursive: true, force: true });
    for (const [name, text] of originals) if (text) await writeFile(path.join(root, name), text);
  };
  try {
    while (!output.includes("Ready")) {
      if (server.exitCode !== null || performance.now() - started > 120_000) throw new Error(`next dev did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(`next dev ready: ${seconds(started)} s`);
    if (process.env.DEV_BENCH_NO_WAIT !== "1") {
      while (!output.includes("Pages compiled")) {
        if (server.exitCode !== null || performance.now() - started > 300_000) throw new Error(`npm run dev did not warm up:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      console.log(`warmed up: ${seconds(started)} s after start`);
    }

    const load = async (pathname = pagePath) => (await fetch(`${origin}${pathname}`)).text();
    // From the edit just saved: the next page load, retried until it shows the edit.
    /**
     * @param {string} what
     * @param {string} pathname
     * @param {string} shown
     */
    async function timeUntilShown(what, pathname, shown) {
      const since = performance.now();
      while (!(await load(pathname)).includes(shown)) {
        if (performance.now() - since > 60_000) throw new Error(`${what} did not show on ${pathname} within 60 s`);
      }
      console.log(`${what} shown on ${pathname}: ${seconds(since)} s`);
    }
    const since = performance.now();
    const first = await load();
    console.log(`first load of ${pagePath}: ${seconds(since)} s`);
    const title = /<h1\b[^>]*>([^<]*)</.exec(first)?.[1];
    if (!title) throw new Error(`${pagePath} has no <h1>:\n${first.slice(0, 500)}`);

    let current = title;
    for (const number of [1, 2, 3]) {
      const next = `${title} (edit ${number})`;
      await edit(file, (text) => text.replace(`title: ${current}`, `title: ${next}`));
      await timeUntilShown(`edit ${number} of ${file}`, pagePath, `>${next}<`);
      current = next;
    }

    const entry = (await readdir(path.join(contentDir, "timeline"))).find((name) => name.endsWith(".mdx"));
    await edit(`timeline/${entry}`, (text) => text.replace(/^title: (.*)$/m, "title: $1 (edited)"));
    await timeUntilShown(`an edit of timeline/${entry}`, "/timeline", "(edited)<");
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
