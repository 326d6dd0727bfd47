// `npm run bench:interaction`: a reader's first action, and what it costs. Lighthouse never touches
// a page, so it does not see any of this. Run `npm run build` first. In Chromium, from `npm start`:
//
// 1. The slow phone (CPU 4× slower, 150 ms round trip, 1.6 Mbit/s down, 360×780, touch): for the
//    guide's done-mark and Next, the theme, the region date, the picker and the map, the reader acts
//    as soon as the control is on screen, before the framework has run, in each of the ways readers
//    act: a tap; a click with no pointer event before it (voice control, switch access); the keyboard.
//    It reports whether that first action was honoured, exactly once (the result shows, and is still
//    there, undoubled, a second later), and the time from the action to its visible result (goal: at
//    most 2.5 s). Then the same actions once the script has run (goal: at most 100 ms).
// 2. With no event at all, on the same phone: the time from the start of navigation until the
//    page's controls are live (its islands have mounted), per route (goal: at most 5 s after load).
// 3. What the first interaction costs on each route of bench.config.mjs, CPU slowed 4× and the
//    network on loopback: the time from the first pointer movement until the page is live, the
//    blocking time in that span (each task's time over 50 ms, as TBT counts it) and its longest task.
//
// Medians of BENCH_RUNS runs (default 3); BENCH_CONTROLS and BENCH_PARTS narrow it (see below). BENCH_PORT moves its port (it uses BENCH_PORT + 6, default 3326).
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { routes } from "../../bench.config.mjs";
import { chromiumArgs, chromiumPath } from "../browser.mjs";
import { startNpmStart } from "./servers.mjs";
import { firstActionAttribute } from "../../lib/first-action.mjs";

/** The page's islands have run: every control has dropped its first-action mark (components/hooks/first-action.ts). */
const islandsLive = `!document.querySelector("[${firstActionAttribute}]")`;

const root = path.resolve(import.meta.dirname, "..", "..");
const port = Number(process.env.BENCH_PORT ?? 3320) + 6;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_CONTROLS="theme Dark,picker" measures only those controls; BENCH_PARTS="slow,idle,cost" chooses the parts. */
const onlyControls = process.env.BENCH_CONTROLS?.split(",");
const parts = (process.env.BENCH_PARTS ?? "slow,idle,cost").split(",");
const CPU_SLOWDOWN = 4;
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

if (!existsSync(path.join(root, "out", "index.html"))) {
  console.error("bench:interaction: out/ has no site yet: run `npm run build` first.");
  process.exit(1);
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];


/** The page is dark: its background's lightness (Tailwind writes colours in lab()) is low. */
const darkBackground = `(() => { const colour = getComputedStyle(document.body).backgroundColor; const lab = /lab\\(([\\d.]+)/.exec(colour); return lab ? Number(lab[1]) < 50 : colour === "rgb(15, 23, 42)"; })()`;

/**
 * The reader's controls: where each is, how to act on it each way, what its visible result is (a
 * condition evaluated in the page) and what would show it was carried out twice or not kept.
 * `act(page, mode)` acts once; `shown` is the page-side condition of the result; `kept` is checked a
 * second after it showed.
 * @typedef {{ name: string; path: string; target: string; modes: string[]; act(this: Control, page: import("@playwright/test").Page, mode: string): Promise<void>; shown: string; kept: string }} Control
 */
/** @type {Control[]} */
const controls = [
  {
    name: "guide done-mark",
    path: "/guide/desktop",
    target: "[data-stepper] input[type=checkbox]",
    modes: ["tap", "click", "key"],
    async act(page, mode) {
      const box = page.locator(this.target).first();
      if (mode === "tap") await box.tap();
      else if (mode === "click") await box.evaluate((/** @type {HTMLElement} */ element) => element.click());
      else {
        await box.focus();
        await page.keyboard.press("Space");
      }
    },
    shown: `document.querySelector("[data-progress]")?.textContent.includes("1 of 6 done")`,
    kept: `document.querySelector("[data-stepper] input[type=checkbox]").checked && document.querySelector("[data-progress]").textContent.includes("1 of 6 done")`,
  },
  {
    name: "guide Next",
    path: "/guide/desktop",
    target: '[data-step-nav] a[href="#step-2"]',
    modes: ["tap", "click", "key"],
    async act(page, mode) {
      const next = page.locator(`${this.target}:visible`).first();
      if (mode === "tap") await next.tap();
      else if (mode === "click") await next.evaluate((/** @type {HTMLElement} */ element) => element.click());
      else {
        await next.focus();
        await page.keyboard.press("Enter");
      }
    },
    shown: `(() => { const two = document.getElementById("step-2"), one = document.getElementById("step-1"); return !!two && two.getClientRects().length > 0 && one.getClientRects().length === 0; })()`,
    kept: `location.hash === "#step-2" && document.getElementById("step-2").getClientRects().length > 0 && (!document.querySelector("[data-stepper][data-current]") || document.querySelector("[data-stepper]").dataset.current === "2")`,
  },
  {
    name: "theme Dark",
    path: "/about",
    target: 'input[name="theme"][value="dark"]',
    modes: ["tap", "click", "key"],
    async act(page, mode) {
      const dark = page.locator(this.target);
      if (mode === "tap") await dark.tap();
      else if (mode === "click") await dark.evaluate((/** @type {HTMLElement} */ element) => element.click());
      else {
        await dark.focus();
        await page.keyboard.press("Space");
      }
    },
    shown: darkBackground,
    kept: `${darkBackground} && (localStorage.getItem("default-on:theme") || "").includes("dark")`,
  },
  {
    name: "region date",
    path: "/region/de",
    target: "#on-date",
    modes: ["tap", "click", "key"],
    async act(page, mode) {
      // The reader enters the day (as the date field's own picker does), then submits.
      await page.locator(this.target).fill("2024-10-01");
      const submit = page.locator('#on-date >> xpath=ancestor::form//button[@type="submit"]');
      if (mode === "tap") await submit.tap();
      else if (mode === "click") await submit.evaluate((/** @type {HTMLElement} */ element) => element.click());
      else {
        await page.locator(this.target).focus();
        await page.keyboard.press("Enter");
      }
    },
    shown: `location.search === "?on=2024-10-01" && document.querySelector("[data-status]")?.dataset.status === "excluded"`,
    kept: `location.search === "?on=2024-10-01" && document.querySelector("[data-status]")?.dataset.status === "excluded"`,
  },
  {
    name: "picker",
    path: "/region",
    target: '[role="combobox"]',
    modes: ["tap", "key"],
    async act(page, mode) {
      const field = page.locator(this.target);
      if (mode === "tap") await field.tap();
      else await field.focus();
      await page.keyboard.type("Germ");
    },
    shown: `[...document.querySelectorAll('[role="option"]')].some((option) => option.getClientRects().length > 0 && option.textContent.includes("Germany"))`,
    kept: `document.querySelector('[role="combobox"]').value === "Germ"`,
  },
  {
    name: "map",
    path: "/region",
    target: 'input[type="range"]',
    modes: ["tap", "click", "key"],
    async act(page, mode) {
      if (mode === "key") {
        await page.locator(this.target).focus();
        await page.keyboard.press("Home");
        return;
      }
      // A key date under the map: a link to the map on that day.
      const keyDate = page.locator('a[href*="?on="][href*="#on-"]').first();
      if (mode === "tap") await keyDate.tap();
      else await keyDate.evaluate((/** @type {HTMLElement} */ element) => element.click());
    },
    // The map shows the chosen day: the address names it (the slider writes ?on= as it moves) and the map is live.
    shown: `location.search.startsWith("?on=") && !!document.querySelector(".map-explorer[data-live]")`,
    kept: `location.search.startsWith("?on=") && !!document.querySelector(".map-explorer[data-live]")`,
  },
];

/** @param {import("@playwright/test").Browser} browser */
async function slowPhone(browser) {
  // bypassCSP: the page conditions below are strings, which the pages' own policy (rightly) would not evaluate.
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, bypassCSP: true });
  // The moment of the reader's action, in wall-clock time kept across a page load (a form, a link):
  // the first pointerdown, keydown or click after the bench arms it.
  await context.addInitScript(() => {
    for (const type of ["pointerdown", "keydown", "click"]) {
      addEventListener(type, () => {
        if (sessionStorage.getItem("bench:armed") && !sessionStorage.getItem("bench:acted")) sessionStorage.setItem("bench:acted", String(Date.now()));
      }, true);
    }
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_NETWORK);
  return { context, page };
}

/** @param {import("@playwright/test").Page} page */
const now = (page) => page.evaluate(() => performance.now());

/**
 * Acts on the control as soon as it is on screen (before the framework has run) or once it is live,
 * and times the result from the reader's own event (its pointerdown, keydown or click) in the page.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} origin
 * @param {Control} control
 * @param {string} mode
 * @param {"early" | "live"} when
 */
async function firstAction(browser, origin, control, mode, when) {
  const { context, page } = await slowPhone(browser);
  try {
    await page.goto(`${origin}${control.path}`, { waitUntil: "commit" });
    await page.locator(control.target).first().waitFor({ state: "attached", timeout: 30_000 });
    if (when === "live") await page.waitForFunction(islandsLive, undefined, { timeout: 30_000 });
    const before = await page.evaluate(islandsLive);
    await page.evaluate(() => sessionStorage.setItem("bench:armed", "1"));
    await control.act(page, mode);
    let shownAt;
    try {
      const handle = await page.waitForFunction(`(${control.shown}) && Date.now()`, undefined, { timeout: 15_000, polling: "raf" });
      shownAt = await handle.jsonValue();
    } catch {
      return { honoured: false, ms: null, hydratedBefore: before };
    }
    const actedAt = Number(await page.evaluate(() => sessionStorage.getItem("bench:acted")));
    // Honoured means carried out and kept: checked a second after the islands are live (not doubled, not undone).
    await page.waitForFunction(islandsLive, undefined, { timeout: 30_000 }).catch(() => {});
    await page.waitForTimeout(1000);
    const kept = await page.evaluate(control.kept).catch(() => false);
    return { honoured: Boolean(kept), ms: actedAt ? shownAt - actedAt : null, hydratedBefore: before };
  } finally {
    await context.close();
  }
}

/**
 * With no event at all: the time from navigation start until the page's theme control is hydrated.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} origin
 * @param {string} route
 */
async function liveWithNoEvent(browser, origin, route) {
  const { context, page } = await slowPhone(browser);
  try {
    await page.goto(`${origin}${route}`, { waitUntil: "load" });
    await page.waitForFunction(islandsLive, undefined, { timeout: 30_000, polling: 50 });
    return await page.evaluate(() => {
      const navigation = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType("navigation")[0]);
      return { live: performance.now(), load: navigation.loadEventStart };
    });
  } finally {
    await context.close();
  }
}

/**
 * @param {import("@playwright/test").Browser} browser
 * @param {string} origin
 * @param {string} route
 */
async function interactionCost(browser, origin, route) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  // No idle start here: this measures what the first interaction itself sets off.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    /** @type {{ start: number; duration: number }[]} */
    const tasks = [];
    /** @type {Window & { __longTasks?: typeof tasks }} */ (window).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${origin}${route}`, { waitUntil: "load" });
  await page.waitForTimeout(1000);
  const touched = await now(page);
  await page.mouse.move(20, 20);
  await page.waitForFunction(islandsLive, undefined, { timeout: 30_000 });
  const live = await now(page);
  await page.waitForTimeout(500);
  const tasks = /** @type {{ start: number; duration: number }[]} */ (await page.evaluate(() => /** @type {Window & { __longTasks?: unknown }} */ (window).__longTasks)).filter((task) => task.start >= touched);
  await context.close();
  return {
    liveMs: live - touched,
    blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    longestMs: Math.max(0, ...tasks.map((task) => task.duration)),
  };
}

const server = await startNpmStart(root, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
/**
 * @param {unknown} value
 * @param {number} width
 */
const cell = (value, width) => String(value).padStart(width);
try {
  console.log(`Slow phone (CPU ${CPU_SLOWDOWN}×, 150 ms RTT, 1.6 Mbit/s, 360×780, touch), first action as soon as the control shows; ${RUNS} runs each:`);
  console.log("control           way    honoured  median ms to result  (once live: ms)");
  console.log("----------------  -----  --------  -------------------  ---------------");
  for (const control of parts.includes("slow") ? controls.filter((c) => !onlyControls || onlyControls.includes(c.name)) : []) {
    for (const mode of control.modes) {
      const early = [];
      const live = [];
      for (let run = 0; run < RUNS; run += 1) {
        early.push(await firstAction(browser, server.origin, control, mode, "early"));
        live.push(await firstAction(browser, server.origin, control, mode, "live"));
      }
      const honoured = early.filter((result) => result.honoured).length;
      const times = early.filter((result) => result.ms !== null).map((result) => /** @type {number} */ (result.ms));
      const liveTimes = live.filter((result) => result.ms !== null).map((result) => /** @type {number} */ (result.ms));
      const beforeHydration = early.filter((result) => !result.hydratedBefore).length;
      console.log(
        `${control.name.padEnd(16)}  ${mode.padEnd(5)}  ${cell(`${Math.round((100 * honoured) / RUNS)} %`, 8)}  ${cell(times.length ? Math.round(median(times)) : "-", 19)}  ${cell(liveTimes.length ? Math.round(median(liveTimes)) : "-", 15)}` +
          (beforeHydration < RUNS ? `  (${RUNS - beforeHydration} of ${RUNS} acted after hydration)` : ""),
      );
    }
  }

  console.log("");
  console.log("No event at all, slow phone: controls live after (ms from navigation start; load event in brackets):");
  for (const route of parts.includes("idle") ? ["/", "/guide/desktop", "/region", "/region/de", "/object"] : []) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await liveWithNoEvent(browser, server.origin, route));
    console.log(`${route.padEnd(16)}  ${cell(Math.round(median(runs.map((r) => r.live))), 6)} ms  (load ${Math.round(median(runs.map((r) => r.load)))} ms; live ${Math.round(median(runs.map((r) => r.live - r.load)))} ms after load)`);
  }

  console.log("");
  console.log(`First interaction's cost, CPU slowed ${CPU_SLOWDOWN}×, loopback network, median of ${RUNS} runs:`);
  console.log("route             live after ms  blocking ms  longest task ms");
  console.log("----------------  -------------  -----------  ---------------");
  for (const { path: route } of parts.includes("cost") ? routes : []) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await interactionCost(browser, server.origin, route));
    const row = [median(runs.map((r) => r.liveMs)), median(runs.map((r) => r.blockingMs)), median(runs.map((r) => r.longestMs))].map((n) => String(Math.round(n)));
    console.log(`${route.padEnd(16)}  ${row[0].padStart(13)}  ${row[1].padStart(11)}  ${row[2].padStart(15)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
