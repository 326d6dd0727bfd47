// `npm run bench:interaction`: what a reader's first interaction costs. The framework starts at the
// first touch, key or pointer movement (scripts/export/rewrite-page.mjs), so Lighthouse, which never
// touches the page, does not see it: this measures it. For each route in bench.config.mjs, in Chromium
// with the CPU slowed four times (as Lighthouse's mobile setting does) and the network on loopback (so
// what is left is the device's work), it loads the page from `npm start`, waits for it to settle, moves
// the pointer, and reports the time until the page is live (its theme control enabled, which every page
// has), the main thread's blocking time in that span (each task's time over 50 ms, as TBT counts it)
// and its longest task. Median of three runs. Run `npm run build` first.
// BENCH_PORT moves its port (it uses BENCH_PORT + 6, default 3326).
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { routes } from "../../bench.config.mjs";
import { chromiumArgs, chromiumPath } from "../browser.mjs";
import { startNpmStart } from "./servers.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = Number(process.env.BENCH_PORT ?? 3320) + 6;
const RUNS = 3;
const CPU_SLOWDOWN = 4;

if (!existsSync(path.join(root, "out", "index.html"))) {
  console.error("bench:interaction: out/ has no site yet: run `npm run build` first.");
  process.exit(1);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(browser, origin, route) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript(() => {
    const tasks = [];
    window.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${origin}${route}`, { waitUntil: "load" });
  await page.waitForTimeout(1000);
  const touched = await page.evaluate(() => performance.now());
  await page.mouse.move(20, 20);
  await page.locator('input[name="theme"]').first().waitFor({ state: "attached" });
  await page.waitForFunction(() => !document.querySelector('input[name="theme"]')?.closest("fieldset")?.disabled, undefined, { timeout: 30_000 });
  const live = await page.evaluate(() => performance.now());
  await page.waitForTimeout(500);
  const tasks = (await page.evaluate(() => window.__longTasks)).filter((task) => task.start >= touched);
  await context.close();
  return {
    liveMs: live - touched,
    blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longestMs: Math.max(0, ...tasks.map((task) => task.duration)),
  };
}

const server = await startNpmStart(root, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  console.log(`First interaction, CPU slowed ${CPU_SLOWDOWN}×, loopback network, median of ${RUNS} runs:`);
  console.log("route             live after ms  blocking ms  longest task ms");
  console.log("----------------  -------------  -----------  ---------------");
  for (const { path: route } of routes) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await measure(browser, server.origin, route));
    const row = [median(runs.map((r) => r.liveMs)), median(runs.map((r) => r.blockingMs)), median(runs.map((r) => r.longestMs))].map((n) => String(Math.round(n)));
    console.log(`${route.padEnd(16)}  ${row[0].padStart(13)}  ${row[1].padStart(11)}  ${row[2].padStart(15)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
