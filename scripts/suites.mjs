// What `npm test` (scripts/test-all.mjs) and `npm run test:quick` (scripts/test-quick.mjs) share: running
// a suite, counting it, checking for the tools a suite needs, and the closing summary, whose last line
// "N passed, N failed" totals every suite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "./browser.mjs";

export const root = path.resolve(import.meta.dirname, "..");
/** A fresh folder for the suites' JSON reports. */
export const reports = mkdtempSync(path.join(os.tmpdir(), "default-on-tests-"));
/** @typedef {{ passed: number; failed: number }} Counts */
/** @type {({ name: string; seconds: number } & Counts)[]} */
const results = [];

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
export function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status === 0;
}

/**
 * Runs one suite, records its time, and its counts: `body` returns {passed, failed} or a boolean (one check).
 * @param {string} name
 * @param {() => Counts | boolean} body
 */
export function suite(name, body) {
  const started = Date.now();
  const outcome = body();
  const counts = typeof outcome === "boolean" ? { passed: outcome ? 1 : 0, failed: outcome ? 0 : 1 } : outcome;
  const seconds = (Date.now() - started) / 1000;
  results.push({ name, ...counts, seconds });
  console.log(`\n[${name}: ${counts.passed} passed, ${counts.failed} failed, ${seconds.toFixed(1)} s]`);
  return counts.failed === 0;
}

/**
 * A Vitest run's counts from its JSON report. A run that found no tests counts as a failure, and so does
 * each file that failed with no failed test of its own (its set-up threw or timed out, its tests skipped).
 * @param {string} name
 * @param {string[]} args
 * @returns {Counts | boolean}
 */
export function vitest(name, args) {
  const report = path.join(reports, `${name}.json`);
  run("npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  if (!existsSync(report)) return false;
  const { numPassedTests, numFailedTests, numTotalTests, testResults } = JSON.parse(readFileSync(report, "utf8"));
  const failedFiles = testResults.filter((/** @type {{ status: string; assertionResults: { status: string }[] }} */ file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed")).length;
  return { passed: numPassedTests, failed: numFailedTests + failedFiles + (numTotalTests === 0 ? 1 : 0) };
}

/**
 * A Playwright run's counts from its JSON report; a run that found no tests counts as a failure.
 * @param {string} name
 * @param {string[]} args
 * @returns {Counts | boolean}
 */
export function playwright(name, args) {
  const report = path.join(reports, `${name}.json`);
  run("npx", ["playwright", "test", ...args, "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_FILE: report });
  if (!existsSync(report)) return false;
  const { stats } = JSON.parse(readFileSync(report, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (stats.expected + stats.unexpected === 0 ? 1 : 0) };
}

/**
 * @param {string} command
 * @param {string} versionFlag
 * @param {string} purpose
 * @param {string} debianPackage
 */
export function hasCommand(command, versionFlag, purpose, debianPackage) {
  if (!spawnSync(command, [versionFlag], { stdio: "ignore" }).error) return true;
  console.error(`No ${command} found: ${purpose} needs it. On Debian or Ubuntu: sudo apt-get install -y ${debianPackage} (see README.md).`);
  return false;
}

export function hasBrowser() {
  const found = chromiumPath();
  if (found && existsSync(found)) return true;
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache", "ms-playwright");
  if (!found && existsSync(cache) && readdirSync(cache).some((name) => name.startsWith("chromium"))) return true;
  console.error(
    "No Chromium found. Install one and run again (see README.md):\n" +
      "  Debian/Ubuntu:  sudo apt-get install -y chromium   (then CHROMIUM_PATH=/usr/bin/chromium if it is elsewhere)\n" +
      "  anywhere else:  npx playwright install chromium     (Playwright's own browser)\n" +
      "  or point CHROMIUM_PATH at any Chromium or Chrome executable.",
  );
  return false;
}

/** The checks every run starts with: lint, types (with Next's route types), the unit tests. */
export function staticSuites() {
  suite("lint", () => run("npx", ["eslint", "."]));
  suite("types", () => run("npx", ["next", "typegen"]) && run("npx", ["tsc", "--noEmit"]));
  suite("unit", () => vitest("unit", []));
}

/** Prints each suite's counts and time, then the closing line, and exits with the outcome. */
export function finish() {
  console.log("\nSummary:");
  for (const result of results) console.log(`  ${result.name}: ${result.passed} passed, ${result.failed} failed (${result.seconds.toFixed(1)} s)`);
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`  total time: ${(total / 60).toFixed(1)} min`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
