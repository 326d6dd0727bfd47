// Lighthouse (12.2.3, through its Node API) in mobile and desktop modes against a served page,
// in Debian's Chromium, several runs, reporting Lighthouse's own median run.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { chromiumArgs, chromiumPath } from "../browser.mjs";

const categories = ["performance", "accessibility", "best-practices", "seo"];

/** @typedef {NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"]} LighthouseResult */

/** A headless Chromium with a DevTools port, for Lighthouse to drive. */
export async function launchChromium() {
  const profile = mkdtempSync(path.join(os.tmpdir(), "default-on-lighthouse-"));
  const executable = chromiumPath() ?? "chromium";
  const browser = spawn(executable, ["--headless=new", ...chromiumArgs, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const port = await new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`bench: Chromium did not start:\n${output}`)), 30_000);
    browser.stderr.on("data", (chunk) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    browser.on("exit", (code) => reject(new Error(`bench: Chromium exited (${code}):\n${output}`)));
  });
  return {
    port,
    async close() {
      browser.kill("SIGTERM");
      await /** @type {Promise<void>} */ (new Promise((resolve) => (browser.exitCode !== null ? resolve() : browser.once("exit", resolve))));
      // Chromium's helper processes can still be writing to the profile for a moment after it exits:
      // retry, and never let a leftover temporary folder cost the run its results.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`bench: could not remove ${profile}: ${/** @type {Error} */ (error).message}`);
      }
    },
  };
}

/**
 * What the bench keeps of one Lighthouse result.
 * @param {LighthouseResult} lhr
 */
export function summarize(lhr) {
  /** @type {{ total: number; [type: string]: number }} */
  const transfer = { total: 0 };
  for (const item of /** @type {{ items?: { resourceType: string; transferSize: number }[] } | undefined} */ (lhr.audits["resource-summary"]?.details)?.items ?? []) {
    if (item.resourceType === "total") transfer.total = item.transferSize;
    else if (item.transferSize > 0) transfer[item.resourceType] = item.transferSize;
  }
  const failed = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "manual")
    .filter((audit) => categories.some((id) => lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)))
    .map((audit) => audit.id);
  return {
    scores: Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
    fcpMs: Math.round(/** @type {number} */ (lhr.audits["first-contentful-paint"].numericValue)),
    lcpMs: Math.round(/** @type {number} */ (lhr.audits["largest-contentful-paint"].numericValue)),
    tbtMs: Math.round(/** @type {number} */ (lhr.audits["total-blocking-time"].numericValue)),
    cls: Number(/** @type {number} */ (lhr.audits["cumulative-layout-shift"].numericValue).toFixed(4)),
    transfer,
    scriptTransfer: transfer.script ?? 0,
    auditsBelowFull: failed,
    warnings: lhr.runWarnings,
  };
}

/** Tries a flaky run again: a loaded machine sometimes loses Lighthouse's trace (NO_NAVSTART, NO_FCP). */
const attemptsPerRun = 3;

/**
 * Runs Lighthouse `runs` times on `url` in `mode` ("mobile" or "desktop") and returns the median run's summary.
 * @param {string} url
 * @param {string} mode
 * @param {number} runs
 * @param {number} port
 */
export async function lighthouseMedian(url, mode, runs, port) {
  /** @type {LighthouseResult[]} */
  const results = [];
  let retries = 0;
  for (let run = 0; run < runs; run += 1) {
    for (let attempt = 1; ; attempt += 1) {
      const result = await lighthouse(
        url,
        // A 404 page is audited as it is; Lighthouse otherwise refuses any status but 200.
        { port, output: "json", logLevel: "error", onlyCategories: categories, ignoreStatusCode: true },
        mode === "desktop" ? desktopConfig : undefined,
      );
      const error = !result ? "no result" : result.lhr.runtimeError ? `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}` : null;
      if (!error) {
        results.push(/** @type {NonNullable<typeof result>} */ (result).lhr);
        break;
      }
      if (attempt === attemptsPerRun) throw new Error(`bench: Lighthouse failed ${attemptsPerRun} times on ${url} (${mode}): ${error}`);
      retries += 1;
      console.log(`  Lighthouse failed on ${url} (${mode}), trying again: ${error}`);
    }
  }
  const medianRun = computeMedianRun(results);
  return { ...summarize(medianRun), runs: results.map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100)), retries };
}
