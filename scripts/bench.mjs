// `npm run bench`: builds the production site and measures it. Prints tables and writes
// bench-results/bench-<time>.json (and latest.json). Not a test: it fails nothing, it reports which
// budget (bench.config.mjs) each route misses. Timings depend on the machine and on whatever else
// runs on it: compare runs made on a quiet machine.
//
// 1. Build cost: a cold build of a copy of the content with ten times the timeline entries, a cold
//    build of the real content, and a rebuild with nothing changed (the site measured below).
// 2. The framework's floor: an empty page built with the same Next.js, and its JavaScript.
// 3. Lighthouse, mobile and desktop, median of three runs, for each route in bench.config.mjs.
// 4. Serving: requests per second and p99 latency of one prerendered page from `next start` and
//    from nginx serving the static export, on loopback.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { budgets, enlargedTimelineFactor, lighthouseRuns, routes, serving } from "../bench.config.mjs";
import { budgetMisses, kb, table } from "./bench/report.mjs";
import { enlargedContent, measuredBuild } from "./bench/build-cost.mjs";
import { emptyPageFloor, gzippedJavaScript } from "./bench/javascript-weight.mjs";
import { launchChromium, lighthouseMedian } from "./bench/lighthouse-runs.mjs";
import { startNext, startNginx } from "./bench/servers.mjs";
import { loadTest } from "./bench/serving.mjs";
import { outDir } from "./built-pages.mjs";

const root = path.resolve(import.meta.dirname, "..");
// next start on BENCH_PORT, nginx on the next port, the empty page's next start on the one after.
const nextPort = Number(process.env.BENCH_PORT ?? 3320);
const nginxPort = nextPort + 1;
const mib = (bytes) => Math.round(bytes / 1024 / 1024);
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const report = {
  startedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))) },
  budgets,
};

// 1. Build cost. Each cold build starts without .next/ and without the compiled-MDX cache.
const coldStart = () => {
  rmSync(path.join(root, ".next"), { recursive: true, force: true });
  rmSync(path.join(root, "node_modules", ".cache", "default-on-mdx"), { recursive: true, force: true });
};
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

// 2. The framework's floor: its JavaScript, and what Lighthouse makes of a page with nothing else.
log("building an empty page with the same Next.js…");
const floor = emptyPageFloor(root);
const emptyServer = await startNext(root, nginxPort + 1, floor.dir);
const floorChromium = await launchChromium();
try {
  for (const mode of ["mobile", "desktop"]) {
    log(`Lighthouse ${mode} ×${lighthouseRuns}: the empty Next.js page`);
    floor[mode] = await lighthouseMedian(`${emptyServer.origin}/`, mode, lighthouseRuns, floorChromium.port);
  }
} finally {
  await floorChromium.close();
  await emptyServer.stop();
}
report.floor = floor;

// 3. Lighthouse on each route, from `next start`.
const next = await startNext(root, nextPort);
const chromium = await launchChromium();
report.routes = [];
report.skipped = [];
try {
  for (const route of routes) {
    const expected = route.status ?? 200;
    const status = (await fetch(`${next.origin}${route.path}`)).status;
    if (status !== expected) {
      if (route.optional && status === 404) {
        report.skipped.push({ ...route, note: `${route.path} answers 404: not built yet, skipped` });
        log(`${route.path} answers 404: skipped until it is built`);
        continue;
      }
      throw new Error(`bench: ${route.path} answered ${status}, not ${expected}`);
    }
    const htmlFile = path.join(outDir, expected === 404 ? "404.html" : route.path === "/" ? "index.html" : `${route.path.slice(1)}.html`);
    const javascript = gzippedJavaScript(htmlFile, path.join(outDir, "_next", "static"));
    const measured = { ...route, javaScriptBytes: javascript.total, ownJavaScriptBytes: Math.max(0, javascript.total - floor.total) };
    for (const mode of ["mobile", "desktop"]) {
      log(`Lighthouse ${mode} ×${lighthouseRuns}: ${route.path}`);
      measured[mode] = await lighthouseMedian(`${next.origin}${route.path}`, mode, lighthouseRuns, chromium.port);
    }
    measured.misses = budgetMisses(measured, budgets);
    report.routes.push(measured);
  }
} finally {
  await chromium.close();
}

// 4. Serving the same prerendered page from both servers.
log(`load test of next start: ${serving.path}, ${serving.connections} connections, ${serving.seconds} s…`);
const fromNext = await loadTest(`${next.origin}${serving.path}`, serving);
await next.stop();
const nginx = await startNginx(root, nginxPort);
log(`load test of nginx: ${serving.path}…`);
const fromNginx = await loadTest(`${nginx.origin}${serving.path}`, serving);
await nginx.stop();
report.serving = { ...serving, nextStart: fromNext, nginx: fromNginx, ratio: Number((fromNginx.requestsPerSecond / fromNext.requestsPerSecond).toFixed(1)) };
report.machine.loadAverageAtEnd = os.loadavg().map((n) => Number(n.toFixed(2)));
report.finishedAt = new Date().toISOString();

// The tables.
const lines = [];
lines.push(`Default On benchmark, ${report.startedAt.slice(0, 16)}Z: ${report.machine.cpus} cores, Node ${report.machine.node}, Next.js ${floor.nextVersion}.`);
lines.push(`Load average at start ${report.machine.loadAverageAtStart.join(" ")}, at end ${report.machine.loadAverageAtEnd.join(" ")}: timings are noisy when others use the machine.`);
lines.push("");
lines.push(`Lighthouse 12.2.3, median of ${lighthouseRuns} runs (performance scores of each run in the last column)`);
lines.push(
  table(
    ["route", "mode", "perf", "a11y", "best pr.", "SEO", "LCP ms", "TBT ms", "CLS", "runs"],
    [...report.routes, { path: "(empty page)", ...floor }].flatMap((route) =>
      ["mobile", "desktop"].map((mode) => {
        const m = route[mode];
        return [route.path, mode, m.scores.performance, m.scores.accessibility, m.scores["best-practices"], m.scores.seo, m.lcpMs, m.tbtMs, m.cls, m.runs.join("/")];
      }),
    ),
  ),
);
lines.push(`"(empty page)" is a page with one paragraph, built with the same Next.js ${floor.nextVersion}: the framework's floor.`);
lines.push("Audits that cost points (mobile median run):");
for (const route of [...report.routes, { path: "(empty page)", ...floor }]) {
  lines.push(`  ${route.path.padEnd(16)} ${route.mobile.auditsBelowFull.join(", ") || "none"}`);
}
lines.push("");
lines.push(`Weight in KB. JavaScript: gzipped, every script the built HTML loads; the floor is the empty Next.js page's ${kb(floor.total)} KB.`);
lines.push("Transfer: bytes over the wire by type in the mobile median run (gzip as the server sends it).");
lines.push(
  table(
    ["route", "JS total", "own JS", "document", "script", "stylesheet", "other", "transfer"],
    report.routes.map((route) => {
      const t = route.mobile.transfer;
      return [route.path, kb(route.javaScriptBytes), kb(route.ownJavaScriptBytes), kb(t.document ?? 0), kb(t.script ?? 0), kb(t.stylesheet ?? 0), kb((t.image ?? 0) + (t.font ?? 0) + (t.other ?? 0) + (t.media ?? 0) + (t["third-party"] ?? 0)), kb(t.total)];
    }),
  ),
);
for (const skipped of report.skipped) lines.push(`Skipped: ${skipped.name} (${skipped.note}).`);
lines.push("");
lines.push(`Serving ${serving.path} on loopback: ${serving.connections} connections, ${serving.seconds} s after ${serving.warmupSeconds} s of warm-up, gzip accepted`);
lines.push(
  table(
    ["server", "requests/s", "p50 ms", "p99 ms", "requests", "errors"],
    [
      ["next start", fromNext.requestsPerSecond, fromNext.latencyP50Ms, fromNext.latencyP99Ms, fromNext.requests, fromNext.errors + fromNext.non2xx],
      ["nginx (out/)", fromNginx.requestsPerSecond, fromNginx.latencyP50Ms, fromNginx.latencyP99Ms, fromNginx.requests, fromNginx.errors + fromNginx.non2xx],
    ],
  ),
);
lines.push(`nginx serves ${report.serving.ratio}× the requests per second of next start.`);
lines.push("");
lines.push("Build cost (npm run build: next build and the static export; memory summed over every process of the build)");
lines.push(table(["build", "timeline entries", "seconds", "peak MiB"], report.builds.map((b) => [b.build, b.timelineEntries, b.seconds, mib(b.peakMemoryBytes)])));
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
