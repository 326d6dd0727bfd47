/**
 * The benchmark's arithmetic and its tables, kept apart from the measuring so they can be tested:
 * which budgets a route misses, medians, and plain-text tables.
 */

/**
 * @typedef {object} LighthouseSummary
 * @property {Record<string, number>} scores
 * @property {number} fcpMs
 * @property {number} lcpMs
 * @property {number} tbtMs
 * @property {number} cls
 * @property {{ total: number; [type: string]: number }} transfer
 */
/**
 * @typedef {object} MeasuredRoute
 * @property {string} path
 * @property {number} [status]
 * @property {Record<string, Record<string, LighthouseSummary>>} results By server ("npm start", "nginx"), then by mode ("mobile", "desktop").
 * @property {Record<string, LighthouseSummary>} limit The same page with every script removed, served by `npm start`'s server, by mode.
 * @property {number} ownJavaScriptBytes
 */
/**
 * @typedef {object} Budgets
 * @property {Record<string, number>} mobileScores
 * @property {number} lcpMs
 * @property {number} lcpOverLimit
 * @property {number} tbtMs
 * @property {number} cls
 * @property {number} ownJavaScriptKb
 */

export const KB = 1024;

/**
 * The median of numbers (the lower middle one of an even count, so it is a measured value).
 * @param {number[]} values
 */
export function median(values) {
  if (values.length === 0) throw new Error("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The servers a route is measured from, and the physical limit: the same page with every script removed. */
export const servers = ["npm start", "nginx"];
export const modes = ["mobile", "desktop"];

/**
 * The budgets a measured route misses, each as a sentence.
 * @param {MeasuredRoute} route
 * @param {Budgets} budgets
 */
export function budgetMisses(route, budgets) {
  const misses = [];
  const mobile = route.results["npm start"].mobile;
  for (const [category, target] of Object.entries(budgets.mobileScores)) {
    if (category === "seo" && route.status === 404) continue;
    const score = mobile.scores[category];
    if (score < target) misses.push(`mobile ${category} ${score} < ${target}`);
  }
  if (mobile.lcpMs > budgets.lcpMs) misses.push(`mobile LCP ${mobile.lcpMs} ms > ${budgets.lcpMs} ms`);
  const limitLcp = route.limit.mobile.lcpMs;
  if (mobile.lcpMs > limitLcp * (1 + budgets.lcpOverLimit)) {
    misses.push(`mobile LCP ${mobile.lcpMs} ms > ${Math.round(budgets.lcpOverLimit * 100)} % above the no-script limit (${limitLcp} ms)`);
  }
  for (const server of Object.keys(route.results)) {
    for (const mode of Object.keys(route.results[server])) {
      const { tbtMs, cls } = route.results[server][mode];
      if (tbtMs > budgets.tbtMs) misses.push(`${server} ${mode} TBT ${tbtMs} ms > ${budgets.tbtMs} ms`);
      if (cls > budgets.cls) misses.push(`${server} ${mode} CLS ${cls.toFixed(3)} > ${budgets.cls}`);
    }
  }
  const ownKb = route.ownJavaScriptBytes / KB;
  if (ownKb > budgets.ownJavaScriptKb) misses.push(`own JS ${ownKb.toFixed(1)} KB > ${budgets.ownJavaScriptKb} KB`);
  return misses;
}

/**
 * A plain-text table with a header row; numbers are right-aligned.
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  // A column whose every cell starts with a digit (or is a dash) is right-aligned.
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => /^(\d|–$)/.test(String(row[column]))));
  /** @param {string[]} row */
  const line = (row) =>
    row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ").trimEnd();
  return [line(cells[0]), widths.map((width) => "-".repeat(width)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/**
 * Bytes as KB with one decimal.
 * @param {number} bytes
 */
export const kb = (bytes) => (bytes / KB).toFixed(1);
