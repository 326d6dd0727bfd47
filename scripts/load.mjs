// `npm run load`: drives the story page, a region page and a static asset with 64 connections for
// 30 seconds each, on loopback, with `Accept-Encoding: gzip`, against `npm start` and against nginx,
// both serving the static export (out/). Reports requests per second, p50, p99 and maximum latency,
// errors and timeouts (no answer within 2 s), and each server's memory (resident set of its whole
// process tree) after a 5-second warm-up of each target and after the load. Targets: no errors or
// timeouts; p99 at most 100 ms; memory growth under 50 MB.
// Needs a build (`npm run build`) and Debian's nginx. LOAD_SECONDS and LOAD_CONNECTIONS override.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startNginx, startNpmStart } from "./bench/servers.mjs";
import { loadTest, timeoutSeconds } from "./bench/serving.mjs";

const root = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 64);
const basePort = Number(process.env.LOAD_PORT ?? 3330);
const warmupSeconds = Number(process.env.LOAD_WARMUP_SECONDS ?? 5);
const growthLimitMb = 50;
const p99LimitMs = 100;

if (!existsSync(path.join(root, "out", "index.html"))) {
  console.error("load: build the site first: npm run build");
  process.exit(1);
}

/** A hashed asset the pages load: the first stylesheet of the static export. */
function staticAsset() {
  const dir = path.join(root, "out", "_next", "static", "chunks");
  const css = readdirSync(dir).find((name) => name.endsWith(".css"));
  if (!css) throw new Error("load: no stylesheet in out/_next/static/chunks");
  return `/_next/static/chunks/${css}`;
}

/**
 * Resident memory of a process and all its descendants, in MB.
 * @param {number | undefined} pid
 */
function treeRssMb(pid) {
  const rows = execFileSync("ps", ["-e", "-o", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of rows) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  const kb = rows.filter(([child]) => tree.has(child)).reduce((sum, [, , rss]) => sum + rss, 0);
  return Math.round(kb / 1024);
}

const targets = [
  { name: "story page", path: "/" },
  { name: "region page", path: "/region/de" },
  { name: "static asset", path: staticAsset() },
];

/** @typedef {{ server: string; target: string } & Awaited<ReturnType<typeof loadTest>>} LoadRow */
/** @typedef {{ server: string; target: "memory"; before: number; after: number; growth: number }} MemoryRow */
/** @type {(LoadRow | MemoryRow)[]} */
const rows = [];
for (const [serverName, start, port] of /** @type {[string, typeof startNpmStart, number][]} */ ([
  ["npm start", startNpmStart, basePort],
  ["nginx (static export)", startNginx, basePort + 1],
])) {
  const server = await start(root, port);
  // Warm up first: a server's first requests load code and fill caches once, which is not growth.
  for (const target of targets) await loadTest(`${server.origin}${target.path}`, { connections, seconds: warmupSeconds, warmupSeconds: 0 });
  const before = treeRssMb(server.pid);
  for (const target of targets) {
    const result = await loadTest(`${server.origin}${target.path}`, { connections, seconds, warmupSeconds: 0 });
    rows.push({ server: serverName, target: target.name, ...result });
    console.log(`load: ${serverName} ${target.name}: ${result.requestsPerSecond} req/s, p99 ${result.latencyP99Ms} ms, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  const after = treeRssMb(server.pid);
  rows.push({ server: serverName, target: "memory", before, after, growth: after - before });
  await server.stop();
}

const loads = /** @type {LoadRow[]} */ (rows.filter((row) => row.target !== "memory"));
console.log(`\n${connections} connections, ${seconds} s per target after ${warmupSeconds} s of warm-up, on loopback, gzip accepted; load average now ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}\n`);
console.log(`| server | target | req/s | p50 ms | p99 ms | max ms | requests | non-2xx | errors | timeouts (${timeoutSeconds} s) |`);
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const row of loads) {
  console.log(`| ${row.server} | ${row.target} | ${row.requestsPerSecond} | ${row.latencyP50Ms} | ${row.latencyP99Ms} | ${row.latencyMaxMs} | ${row.requests} | ${row.non2xx} | ${row.errors} | ${row.timeouts} |`);
}
console.log("\n| server | memory before (MB) | after (MB) | growth (MB) |");
console.log("|---|---:|---:|---:|");
for (const row of /** @type {MemoryRow[]} */ (rows.filter((r) => r.target === "memory"))) console.log(`| ${row.server} | ${row.before} | ${row.after} | ${row.growth} |`);

const misses = [
  ...loads.filter((row) => row.errors > 0 || row.timeouts > 0 || row.non2xx > 0).map((row) => `${row.server} ${row.target}: ${row.errors} errors, ${row.timeouts} timeouts, ${row.non2xx} non-2xx`),
  ...loads.filter((row) => row.latencyP99Ms > p99LimitMs).map((row) => `${row.server} ${row.target}: p99 ${row.latencyP99Ms} ms > ${p99LimitMs} ms`),
  .../** @type {MemoryRow[]} */ (rows.filter((row) => row.target === "memory")).filter((row) => row.growth > growthLimitMb).map((row) => `${row.server}: memory grew ${row.growth} MB`),
];
console.log(misses.length === 0 ? `\nTargets met: no errors or timeouts, p99 at most ${p99LimitMs} ms, memory growth under ${growthLimitMb} MB.` : `\nTargets missed:\n${misses.map((m) => `  - ${m}`).join("\n")}`);
