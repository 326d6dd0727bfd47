/**
 * What `npm run bench` measures, and the budgets it holds each route to: the one place to change
 * either. The bench prints which budget each route misses; it is not a test and fails nothing.
 */

/**
 * One page of each kind. `status` is the status the route must answer with.
 * @type {{ name: string; path: string; status?: number }[]}
 */
export const routes = [
  { name: "story", path: "/" },
  { name: "timeline", path: "/timeline" },
  { name: "sources", path: "/sources" },
  { name: "region page", path: "/region/de" },
  { name: "region picker", path: "/region" },
  { name: "guide", path: "/guide" },
  { name: "guide platform", path: "/guide/desktop" },
  { name: "about", path: "/about" },
  { name: "objecting", path: "/object" },
  { name: "404", path: "/no-such-page", status: 404 },
  // The Japanese edition: its story and a region page, held to the same budgets.
  { name: "story (ja)", path: "/ja" },
  { name: "region page (ja)", path: "/ja/region/de" },
];

/** Lighthouse runs per route, mode and server; the median run is reported. */
export const lighthouseRuns = 3;

/** How many times the timeline's entries the enlarged content copy has. */
export const enlargedTimelineFactor = 10;

/** @type {import("./scripts/bench/report.mjs").Budgets} */
export const budgets = {
  /** Lighthouse category scores, mobile, from `npm start`, out of 100 (the 404 page is not held to SEO). */
  mobileScores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
  /** Largest Contentful Paint, mobile, in ms, and how far above the same page without scripts it may be. */
  lcpMs: 1000,
  lcpOverLimit: 0.1,
  /** Total Blocking Time, every server and mode, in ms. */
  tbtMs: 100,
  /** Cumulative Layout Shift, every server and mode. */
  cls: 0,
  /** Gzipped JavaScript a route loads beyond the empty Next.js page's (the framework's floor), in KB. */
  ownJavaScriptKb: 8,
};
