// `npm test`: every check, in order: lint, types, unit tests, the production build, the builds of
// broken content and the writer's loop (`next dev`), the HTML checker over every built page, and the
// end-to-end tests in Chromium (against `next start` and the static export served by nginx). Prints
// each suite's time, and ends with one line "N passed, N failed" totalling every suite.
//
// It installs nothing: what it needs beyond npm (Chromium, Java, nginx) is listed in README.md, and
// .ci/run installs it on a fresh CI machine. A missing tool fails its suite with what to install.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "./browser.mjs";
import { checkBuiltHtml } from "./check-html.mjs";

const root = path.resolve(import.meta.dirname, "..");
const reports = mkdtempSync(path.join(os.tmpdir(), "default-on-tests-"));
const results = [];

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status === 0;
}

/** Runs one suite, records its time, and its counts: `body` returns {passed, failed} or a boolean (one check). */
function suite(name, body) {
  const started = Date.now();
  const outcome = body();
  const counts = typeof outcome === "boolean" ? { passed: outcome ? 1 : 0, failed: outcome ? 0 : 1 } : outcome;
  const seconds = (Date.now() - started) / 1000;
  results.push({ name, ...counts, seconds });
  console.log(`\n[${name}: ${counts.passed} passed, ${counts.failed} failed, ${seconds.toFixed(1)} s]`);
  return counts.failed === 0;
}

/** A Vitest run's counts from its JSON report; a run that found no tests counts as a failure. */
function vitest(report, args) {
  run("npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
  if (!existsSync(report)) return false;
  const { numPassedTests, numFailedTests, numTotalTests } = JSON.parse(readFileSync(report, "utf8"));
  return { passed: numPassedTests, failed: numFailedTests + (numTotalTests === 0 ? 1 : 0) };
}

function hasCommand(command, versionFlag, purpose, debianPackage) {
  if (!spawnSync(command, [versionFlag], { stdio: "ignore" }).error) return true;
  console.error(`No ${command} found: ${purpose} needs it. On Debian or Ubuntu: sudo apt-get install -y ${debianPackage} (see README.md).`);
  return false;
}

function hasBrowser() {
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

suite("lint", () => run("npx", ["eslint", "."]));
suite("types", () => run("npx", ["next", "typegen"]) && run("npx", ["tsc", "--noEmit"]));
suite("unit", () => vitest(path.join(reports, "unit.json"), []));
const built = suite("build", () => run("npm", ["run", "build"]));
suite("bad content fails the build", () => vitest(path.join(reports, "bad-content.json"), ["-c", "vitest.build.config.mts", "tests/build/bad-content-build.test.ts"]));
suite("adding a language", () => vitest(path.join(reports, "add-a-language.json"), ["-c", "vitest.build.config.mts", "tests/build/add-a-language.test.ts"]));
suite("writer's loop (next dev)", () => vitest(path.join(reports, "dev-loop.json"), ["-c", "vitest.build.config.mts", "tests/build/dev-loop.test.ts"]));

suite("html", () => {
  if (!built || !hasCommand("java", "-version", "the HTML checker", "default-jre-headless")) return false;
  console.log("\n$ node scripts/check-html.mjs");
  try {
    return checkBuiltHtml();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return false;
  }
});

suite("end-to-end", () => {
  const browser = hasBrowser();
  const nginx = hasCommand("nginx", "-v", "the static deployment's tests", "nginx");
  if (!built || !browser || !nginx) return false;
  const report = path.join(reports, "playwright.json");
  run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_FILE: report });
  if (!existsSync(report)) return false;
  const { stats } = JSON.parse(readFileSync(report, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (stats.expected + stats.unexpected === 0 ? 1 : 0) };
});

console.log("\nSummary:");
for (const result of results) console.log(`  ${result.name}: ${result.passed} passed, ${result.failed} failed (${result.seconds.toFixed(1)} s)`);
const total = results.reduce((sum, r) => sum + r.seconds, 0);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`  total time: ${(total / 60).toFixed(1)} min`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
