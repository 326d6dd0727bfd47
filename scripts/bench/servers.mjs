// Starts and stops the two servers the bench measures: `next start` and nginx serving out/.
import { spawn } from "node:child_process";
import path from "node:path";

async function waitForAnswer(url, child, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench: the server for ${url} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`bench: nothing answered at ${url} within ${seconds} s`);
}

/** Stops the server when the bench exits, however it exits (an error, Ctrl-C). */
function stopOnExit(child) {
  process.on("exit", () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(130));
}

function stopper(child) {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

/** `next start`, as `npm start` runs it once built, on 127.0.0.1:port; `appDir` is another built app to serve. */
export async function startNext(root, port, appDir = root) {
  const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    stdio: ["ignore", "ignore", "inherit"],
  });
  stopOnExit(child);
  await waitForAnswer(`http://127.0.0.1:${port}/`, child);
  return { origin: `http://127.0.0.1:${port}`, pid: child.pid, stop: stopper(child) };
}

/** Debian's nginx with deploy/site.conf serving out/, through scripts/serve-static.mjs. */
export async function startNginx(root, port) {
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve-static.mjs")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port) },
  });
  stopOnExit(child);
  await waitForAnswer(`http://127.0.0.1:${port}/`, child);
  return { origin: `http://127.0.0.1:${port}`, pid: child.pid, stop: stopper(child) };
}
