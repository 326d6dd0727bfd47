// `npm test`: every check, in order: lint, types, unit tests, the production build, the HTML
// checker over every built page, end-to-end tests in Chromium (against `next start` and against
// the static export served by nginx). Ends with one line "N passed, N failed" totalling every suite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
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

/** A step that is one check: it passes or it fails. */
function step(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function ensureBrowser() {
  const found = chromiumPath();
  if (found && existsSync(found)) return true;
  if (!found && hasPlaywrightBrowser()) return true;
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error(
      "No Chromium found. Install one and run again:\n" +
        "  Debian/Ubuntu:  sudo apt-get install -y chromium   (then CHROMIUM_PATH=/usr/bin/chromium if it is elsewhere)\n" +
        "  anywhere else:  npx playwright install chromium     (Playwright's own browser)\n" +
        "  or point CHROMIUM_PATH at any Chromium or Chrome executable.",
    );
    return false;
  }
  console.log("No Chromium found: installing Debian's chromium with apt-get…");
  return run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
}

/** A Debian package the checks need (the HTML checker's Java, nginx): installed with apt if missing and possible. */
function ensureCommand(command, debianPackage, purpose) {
  if (!spawnSync(command, ["-version"], { stdio: "ignore" }).error) return true;
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error(`No ${command} found: ${purpose} needs it. On Debian or Ubuntu: sudo apt-get install -y ${debianPackage}`);
    return false;
  }
  console.log(`No ${command} found (${purpose}): installing Debian's ${debianPackage} with apt-get…`);
  return run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", debianPackage], { DEBIAN_FRONTEND: "noninteractive" });
}

function hasPlaywrightBrowser() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache", "ms-playwright");
  return existsSync(cache) && readdirSafe(cache).some((name) => name.startsWith("chromium"));
}

function readdirSafe(dir) {
  try {
    return spawnSync("ls", [dir], { encoding: "utf8" }).stdout.split("\n");
  } catch {
    return [];
  }
}

step("lint", run("npx", ["eslint", "."]));
step("types", run("npx", ["next", "typegen"]) && run("npx", ["tsc", "--noEmit"]));

const vitestReport = path.join(reports, "vitest.json");
run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]);
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, "utf8"));
  results.push({ name: "unit", passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTestSuites === 0 ? 1 : 0) });
} else {
  step("unit", false);
}

const built = step("build", run("npm", ["run", "build"]));

const buildReport = path.join(reports, "bad-content.json");
run("npx", ["vitest", "run", "-c", "vitest.build.config.mts", "--reporter=default", "--reporter=json", `--outputFile.json=${buildReport}`]);
if (existsSync(buildReport)) {
  const report = JSON.parse(readFileSync(buildReport, "utf8"));
  results.push({ name: "bad content fails the build", passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0) });
} else {
  step("bad content fails the build", false);
}

if (built && step("java", ensureCommand("java", "default-jre-headless", "the HTML checker"))) {
  console.log("\n$ node scripts/check-html.mjs");
  try {
    results.push({ name: "html", ...checkBuiltHtml() });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    step("html", false);
  }
} else {
  step("html (not run: the build or Java is missing)", false);
}

const browser = step("browser", ensureBrowser());
const nginx = step("nginx", ensureCommand("nginx", "nginx", "the static deployment's tests"));

if (built && browser && nginx) {
  const playwrightReport = path.join(reports, "playwright.json");
  run("npx", ["playwright", "test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport });
  if (existsSync(playwrightReport)) {
    const { stats } = JSON.parse(readFileSync(playwrightReport, "utf8"));
    results.push({ name: "end-to-end", passed: stats.expected + stats.flaky, failed: stats.unexpected + (stats.expected + stats.unexpected === 0 ? 1 : 0) });
  } else {
    step("end-to-end", false);
  }
} else {
  step("end-to-end (not run: the build, the browser or nginx is missing)", false);
}

console.log("\nSummary:");
for (const result of results) console.log(`  ${result.name}: ${result.passed} passed, ${result.failed} failed`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
