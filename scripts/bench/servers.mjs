// Starts and stops the servers the bench measures: `npm start` and nginx serving out/, and the
// no-script limit (out/ with the scripts taken out of the measured pages).
import { spawn } from "node:child_process";
import path from "node:path";

/**
 * @param {string} url
 * @param {import("node:child_process").ChildProcess} child
 */
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

/**
 * Stops the server when the bench exits, however it exits (an error, Ctrl-C).
 * @param {import("node:child_process").ChildProcess} child
 */
function stopOnExit(child) {
  process.on("exit", () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(130));
}

/**
 * @param {import("node:child_process").ChildProcess} child
 * @returns {() => Promise<void>}
 */
function stopper(child) {
  return () =>
    /** @type {Promise<void>} */ (new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    }));
}

/**
 * `npm start` (scripts/start.mjs: the static export, built already) on 127.0.0.1:port.
 * @param {string} root
 * @param {number} port
 */
export async function startNpmStart(root, port) {
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port) },
  });
  stopOnExit(child);
  await waitForAnswer(`http://127.0.0.1:${port}/`, child);
  return { origin: `http://127.0.0.1:${port}`, pid: child.pid, stop: stopper(child) };
}

/**
 * The physical limit: `npm start`'s server, with every script taken out of the pages at `paths`.
 * @param {string} root
 * @param {number} port
 * @param {string[]} paths
 */
export async function startNoScriptLimit(root, port, paths) {
  const child = spawn(process.execPath, [path.join(root, "scripts", "bench", "no-script-server.mjs"), ...paths], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port) },
  });
  stopOnExit(child);
  await waitForAnswer(`http://127.0.0.1:${port}/`, child);
  return { origin: `http://127.0.0.1:${port}`, pid: child.pid, stop: stopper(child) };
}

/**
 * Debian's nginx with deploy/site.conf serving out/, through scripts/serve-static.mjs.
 * @param {string} root
 * @param {number} port
 */
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
