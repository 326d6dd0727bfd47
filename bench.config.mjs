/**
 * What `npm run bench` measures, and the budgets it holds each route to: the one place to change
 * either. The bench prints which budget each route misses; it is not a test and fails nothing.
 */

/**
 * One page of each kind. A route marked `optional` is measured once it is built, and skipped with
 * a note while it answers 404. `status` is the status the route must answer with.
 */
export const routes = [
  { name: "story", path: "/" },
  { name: "timeline", path: "/timeline" },
  { name: "sources", path: "/sources" },
  { name: "region page", path: "/region/de" },
  { name: "region picker", path: "/region" },
  { name: "guide page", path: "/guide/desktop", optional: true },
  { name: "404", path: "/no-such-page", status: 404 },
];

/** Lighthouse runs per route and mode; the median run is reported. */
export const lighthouseRuns = 3;

/** The prerendered page both servers are loaded with, and how hard. */
export const serving = { path: "/timeline", connections: 10, seconds: 10, warmupSeconds: 2 };

/** How many times the timeline's entries the enlarged content copy has. */
export const enlargedTimelineFactor = 10;

export const budgets = {
  /** Lighthouse category scores, mobile, out of 100. */
  mobileScores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
  /** Cumulative Layout Shift, mobile and desktop. */
  cls: 0,
  /** Gzipped JavaScript a route loads beyond the empty Next.js page's (the framework's floor), in KB. */
  ownJavaScriptKb: 15,
  /** Bytes transferred, every type, by route, in KB (mobile run). */
  totalTransferKb: { "/": 150 },
};
