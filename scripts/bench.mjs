// `npm run bench`: builds the site and measures the artifact, the static export in out/. Prints tables
// and writes bench-results/bench-<time>.json (and latest.json). Not a test: it fails nothing, it
// reports which budget (bench.config.mjs) each route misses. Timings depend on the machine and on
// whatever else runs on it: compare runs made on a quiet machine.
//
// 1. Build cost: a cold build of a copy of the content with ten times the timeline entries, a cold
//    build of the real content, and a rebuild with nothing changed (the site measured below).
// 2. The framework's floor: an empty page built with the same Next.js, and its JavaScript.
// 3. Lighthouse, mobile and desktop, median of three runs, for each route in bench.config.mjs, from
//    `npm start` and from nginx, beside the physical limit: the same page with every script removed.
//
// BENCH_PORT (default 3320) moves its ports (it uses four from there). To measure part of it:
// BENCH_ROUTES=/,/timeline measures those routes only; BENCH_SKIP_BUILDS=1 measures the existing build;
// BENCH_MODES=mobile runs one mode.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { budgets, enlargedTimelineFactor, lighthouseRuns, routes as configuredRoutes } from "../bench.config.mjs";
import { budgetMisses, kb, modes, servers, table } from "./bench/report.mjs";
import { enlargedContent, measuredBuild } from "./bench/build-cost.mjs";
import { emptyPageFloor, gzippedJavaScript } from "./bench/javascript-weight.mjs";
import { launchChromium, lighthouseMedian } from "./bench/lighthouse-runs.mjs";
import { startNginx, startNoScriptLimit, startNpmStart } from "./bench/servers.mjs";
import { outDir } from "./built-pages.mjs";

const root = path.resolve(import.meta.dirname, "..");
// npm start on BENCH_PORT, nginx on the next port, the no-script limit on the one after.
const basePort = Number(process.env.BENCH_PORT ?? 3320);
const onlyRoutes = process.env.BENCH_ROUTES?.split(",").filter(Boolean);
const routes = onlyRoutes ? configuredRoutes.filter((route) => onlyRoutes.includes(route.path)) : configuredRoutes;
const skipBuilds = process.env.BENCH_SKIP_BUILDS === "1";
const measuredModes = process.env.BENCH_MODES?.split(",") ?? modes;
/** @param {number} bytes */
const mib = (bytes) => Math.round(bytes / 1024 / 1024);
/** @param {string} message */
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** @typedef {Awaited<ReturnType<typeof lighthouseMedian>>} RunSummary */
/**
 * One route's measurements: by server, then by mode, and without scripts by mode.
 * @typedef {{ name: string; path: string; status?: number; javaScriptBytes: number; ownJavaScriptBytes: number; results: Record<string, Record<string, RunSummary>>; limit: Record<string, RunSummary>; misses: string[] }} RouteReport
 */
/**
 * What bench-results/ keeps of a run; filled in as the run goes.
 * @typedef {object} BenchReport
 * @property {string} startedAt
 * @property {string} finishedAt
 * @property {{ cpus: number; memoryGiB: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] }} machine
 * @property {import("./bench/report.mjs").Budgets} budgets
 * @property {({ build: string; timelineEntries: number } & Awaited<ReturnType<typeof measuredBuild>>)[]} builds
 * @property {{ nextVersion: string; total: number }} floor
 * @property {RouteReport[]} routes
 */
const report = /** @type {BenchReport} */ ({
  startedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))) },
  budgets,
});

// 1. Build cost. Each cold build starts without .next/ and without the compiled-MDX cache.
const coldStart = () => {
  rmSync(path.join(root, ".next"), { recursive: true, force: true });
  rmSync(path.join(root, "node_modules", ".cache", "default-on-mdx"), { recursive: true, force: true });
};
report.builds = [];
if (!skipBuilds) {
  const enlarged = enlargedContent(path.join(root, "content"), enlargedTimelineFactor);
  log(`cold build of the content with ${enlarged.entries} timeline entries…`);
  coldStart();
  const enlargedBuild = await measuredBuild(root, { CONTENT_DIR: enlarged.dir });
  rmSync(enlarged.dir, { recursive: true, force: true });
  // The built timeline must show every copy: proof that the build read the enlarged content.
  const copiesShown = new Set(readFileSync(path.join(outDir, "timeline.html"), "utf8").match(/\sid="[a-z0-9-]+-copy-\d+"/g) ?? []).size;
  if (copiesShown !== enlarged.entries - enlarged.entries / enlargedTimelineFactor) {
    throw new Error(`bench: the enlarged build's timeline shows ${copiesShown} copied entries, not ${enlarged.entries - enlarged.entries / enlargedTimelineFactor}`);
  }
  log("cold build of the real content…");
  coldStart();
  const coldBuild = await measuredBuild(root);
  log("rebuild with nothing changed…");
  const rebuild = await measuredBuild(root);
  report.builds = [
    { build: "real content, cold", timelineEntries: enlarged.entries / enlargedTimelineFactor, ...coldBuild },
    { build: `${enlargedTimelineFactor}× timeline entries, cold`, timelineEntries: enlarged.entries, ...enlargedBuild },
    { build: "real content, nothing changed", timelineEntries: enlarged.entries / enlargedTimelineFactor, ...rebuild },
  ];
}

// 2. The framework's floor: the JavaScript of an empty page built with the same Next.js.
log("building an empty page with the same Next.js…");
const floor = emptyPageFloor(root);
report.floor = { nextVersion: floor.nextVersion, total: floor.total };

// 3. Lighthouse on each route, from npm start and nginx, beside the page without scripts.
/** @type {Record<string, Awaited<ReturnType<typeof startNpmStart>>>} */
const measuredFrom = {
  "npm start": await startNpmStart(root, basePort),
  nginx: await startNginx(root, basePort + 1),
};
const limitServer = await startNoScriptLimit(root, basePort + 2, routes.map((route) => route.path));
const chromium = await launchChromium();
report.routes = [];
try {
  for (const route of routes) {
    const expected = route.status ?? 200;
    for (const [name, server] of Object.entries(measuredFrom)) {
      const status = (await fetch(`${server.origin}${route.path}`)).status;
      if (status !== expected) throw new Error(`bench: ${route.path} answered ${status} from ${name}, not ${expected}`);
    }
    const htmlFile = path.join(outDir, expected === 404 ? "404.html" : route.path === "/" ? "index.html" : `${route.path.slice(1)}.html`);
    const javascript = gzippedJavaScript(htmlFile, path.join(outDir, "_next", "static"));
    const measured = /** @type {RouteReport} */ ({ ...route, javaScriptBytes: javascript.total, ownJavaScriptBytes: Math.max(0, javascript.total - floor.total), results: {}, limit: {} });
    for (const server of servers) measured.results[server] = {};
    for (const mode of measuredModes) {
      log(`Lighthouse ${mode} ×${lighthouseRuns}: ${route.path} without scripts, from npm start, from nginx`);
      measured.limit[mode] = await lighthouseMedian(`${limitServer.origin}${route.path}`, mode, lighthouseRuns, chromium.port);
      for (const server of servers) {
        measured.results[server][mode] = await lighthouseMedian(`${measuredFrom[server].origin}${route.path}`, mode, lighthouseRuns, chromium.port);
      }
    }
    measured.misses = budgetMisses(measured, budgets);
    report.routes.push(measured);
  }
} finally {
  await chromium.close();
  for (const server of [...Object.values(measuredFrom), limitServer]) await server.stop();
}
report.machine.loadAverageAtEnd = os.loadavg().map((n) => Number(n.toFixed(2)));
report.finishedAt = new Date().toISOString();

// The tables.
const lines = [];
lines.push(`Default On benchmark, ${report.startedAt.slice(0, 16)}Z: ${report.machine.cpus} cores, Node ${report.machine.node}, Next.js ${floor.nextVersion}.`);
lines.push(`Load average at start ${report.machine.loadAverageAtStart.join(" ")}, at end ${report.machine.loadAverageAtEnd.join(" ")}: timings are noisy when others use the machine.`);
lines.push("");
lines.push(`Lighthouse 12.2.3, simulated throttling, median of ${lighthouseRuns} runs (performance scores of each run in the last column).`);
lines.push('"no scripts" is the same page with every script removed, served like npm start: the physical limit.');
lines.push("KB: bytes transferred (compressed, as sent) in total and of scripts.");
for (const mode of measuredModes) {
  lines.push("");
  lines.push(`${mode}`);
  lines.push(
    table(
      ["route", "served by", "perf", "a11y", "best pr.", "SEO", "FCP ms", "LCP ms", "TBT ms", "CLS", "KB", "script KB", "runs"],
      report.routes.flatMap((route) =>
        /** @type {[string, RunSummary][]} */ ([["no scripts", route.limit[mode]], ...servers.map((server) => [server, route.results[server][mode]])]).map(([server, m]) => [
          route.path,
          server,
          m.scores.performance,
          m.scores.accessibility,
          m.scores["best-practices"],
          m.scores.seo,
          m.fcpMs,
          m.lcpMs,
          m.tbtMs,
          m.cls,
          kb(m.transfer.total),
          kb(m.transfer.script ?? 0),
          m.runs.join("/"),
        ]),
      ),
    ),
  );
}
lines.push("Audits that cost points (npm start, mobile median run):");
for (const route of report.routes) lines.push(`  ${route.path.padEnd(16)} ${route.results["npm start"].mobile.auditsBelowFull.join(", ") || "none"}`);
lines.push("");
lines.push(`JavaScript in KB, gzipped, every script a built page loads (after its load event); the floor is the empty Next.js page's ${kb(floor.total)} KB.`);
lines.push(table(["route", "JS total", "own JS"], report.routes.map((route) => [route.path, kb(route.javaScriptBytes), kb(route.ownJavaScriptBytes)])));
if (report.builds.length > 0) {
  lines.push("");
  lines.push("Build cost (npm run build: next build, then the page rewrite and compression; memory summed over every process of the build)");
  lines.push(table(["build", "timeline entries", "seconds", "peak MiB"], report.builds.map((b) => [b.build, b.timelineEntries, b.seconds, mib(b.peakMemoryBytes)])));
}
lines.push("");
lines.push("Budgets (bench.config.mjs)");
for (const route of report.routes) lines.push(`  ${route.path.padEnd(16)} ${route.misses.length === 0 ? "meets every budget" : `misses: ${route.misses.join("; ")}`}`);
const text = lines.join("\n");
console.log(`\n${text}`);

const resultsDir = path.join(root, "bench-results");
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `bench-${report.startedAt.replace(/[:.]/g, "-")}.json`);
writeFileSync(file, `${JSON.stringify({ ...report, table: text }, null, 2)}\n`);
writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify({ ...report, table: text }, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(root, file)} and bench-results/latest.json`);

// 4. The world map: how long /region takes to recolour for a new day (its own script, npm run bench:map).
spawnSync(process.execPath, [path.join(root, "scripts", "bench", "map-recolour.mjs")], { stdio: "inherit", env: process.env });
