import { expect, test } from "vitest";
import { budgets } from "@/bench.config.mjs";
import { budgetMisses, median, table, type MeasuredRoute } from "@/scripts/bench/report.mjs";

const KB = 1024;

function route(overrides: Partial<MeasuredRoute> & { path: string }): MeasuredRoute {
  return {
    mobile: { scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 }, cls: 0, transfer: { total: 100 * KB } },
    desktop: { cls: 0 },
    ownJavaScriptBytes: 5 * KB,
    ...overrides,
  };
}

test("a route that meets every target misses no budget", () => {
  expect(budgetMisses(route({ path: "/" }), budgets)).toEqual([]);
});

test("each missed budget is named with the measurement and the target", () => {
  const misses = budgetMisses(
    route({
      path: "/",
      mobile: { scores: { performance: 91, accessibility: 100, "best-practices": 96, seo: 100 }, cls: 0.02, transfer: { total: 173.6 * KB } },
      desktop: { cls: 0 },
      ownJavaScriptBytes: 15.5 * KB,
    }),
    budgets,
  );
  expect(misses).toEqual([
    "mobile performance 91 < 100",
    "mobile best-practices 96 < 100",
    "mobile CLS 0.020 > 0",
    "own JS 15.5 KB > 15 KB",
    "transfer 173.6 KB > 150 KB",
  ]);
});

test("the transfer budget applies only to the routes it names", () => {
  const heavy = { scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 }, cls: 0, transfer: { total: 400 * KB } };
  expect(budgetMisses(route({ path: "/sources", mobile: heavy }), budgets)).toEqual([]);
  expect(budgetMisses(route({ path: "/", mobile: heavy }), budgets)).toEqual(["transfer 400.0 KB > 150 KB"]);
});

test("own JavaScript exactly at the budget meets it", () => {
  expect(budgetMisses(route({ path: "/region", ownJavaScriptBytes: 15 * KB }), budgets)).toEqual([]);
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
