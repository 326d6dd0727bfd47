import { expect, test } from "vitest";
import { budgets } from "@/bench.config.mjs";
import { budgetMisses, median, table, type LighthouseSummary, type MeasuredRoute } from "@/scripts/bench/report.mjs";

const KB = 1024;

function run(overrides: Partial<LighthouseSummary> = {}): LighthouseSummary {
  return { scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 }, fcpMs: 800, lcpMs: 900, tbtMs: 20, cls: 0, transfer: { total: 60 * KB }, ...overrides };
}

function route(path: string, npmStartMobile: Partial<LighthouseSummary> = {}, ownJavaScriptBytes = 5 * KB, status?: number): MeasuredRoute {
  return {
    path,
    status,
    results: { "npm start": { mobile: run(npmStartMobile), desktop: run() }, nginx: { mobile: run(), desktop: run() } },
    limit: { mobile: run({ lcpMs: 850 }), desktop: run() },
    ownJavaScriptBytes,
  };
}

test("a route that meets every target misses no budget", () => {
  expect(budgetMisses(route("/"), budgets)).toEqual([]);
});

test("each missed budget is named with the measurement and the target", () => {
  const misses = budgetMisses(
    route("/", { scores: { performance: 91, accessibility: 100, "best-practices": 96, seo: 100 }, lcpMs: 1200, tbtMs: 150, cls: 0.02 }, 8.5 * KB),
    budgets,
  );
  expect(misses).toEqual([
    "mobile performance 91 < 100",
    "mobile best-practices 96 < 100",
    "mobile LCP 1200 ms > 1000 ms",
    "mobile LCP 1200 ms > 10 % above the no-script limit (850 ms)",
    "npm start mobile TBT 150 ms > 100 ms",
    "npm start mobile CLS 0.020 > 0",
    "own JS 8.5 KB > 8 KB",
  ]);
});

test("an LCP under a second still misses when it is more than 10 % above the page's no-script limit", () => {
  expect(budgetMisses(route("/", { lcpMs: 940 }), budgets)).toEqual(["mobile LCP 940 ms > 10 % above the no-script limit (850 ms)"]);
  expect(budgetMisses(route("/", { lcpMs: 935 }), budgets)).toEqual([]);
});

test("the 404 page is not held to SEO, every other page is", () => {
  const noSeo = { scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 60 } };
  expect(budgetMisses(route("/no-such-page", noSeo, 5 * KB, 404), budgets)).toEqual([]);
  expect(budgetMisses(route("/about", noSeo), budgets)).toEqual(["mobile seo 60 < 100"]);
});

test("own JavaScript exactly at the budget meets it", () => {
  expect(budgetMisses(route("/region", {}, 8 * KB), budgets)).toEqual([]);
});

test("the median of three runs is the middle one, of an even count the lower middle", () => {
  expect(median([88, 71, 93])).toBe(88);
  expect(median([4, 1, 3, 2])).toBe(2);
  expect(() => median([])).toThrow();
});

test("tables align numbers and their headings to the right, text to the left", () => {
  expect(table(["route", "KB"], [["/", "9.5"], ["/timeline", "140.2"]])).toBe(
    ["route         KB", "---------  -----", "/            9.5", "/timeline  140.2"].join("\n"),
  );
});
