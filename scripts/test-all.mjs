// `npm test`: every check, in order: lint, types, unit tests, the production build, the builds of
// broken content and the writer's loop (`next dev`), the HTML checker over every built page, the
// end-to-end tests in Chromium (against `npm start` and the static export served by nginx), and the
// reader's journeys in Firefox ESR and in WebKitGTK (tests/engines/, against `npm start`). Prints
// each suite's time, and ends with one line "N passed, N failed" totalling every suite.
//
// First it checks what the tests need beyond npm (scripts/setup-system.mjs) and installs what is
// missing from Debian's packages when it can; otherwise it stops at once with the command to run.
import { checkBuiltHtml } from "./check-html.mjs";
import { setUpSystem } from "./setup-system.mjs";
import { finish, hasBrowser, hasCommand, playwright, run, staticSuites, suite, vitest } from "./suites.mjs";

if (!setUpSystem()) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

staticSuites();
const built = suite("build", () => run("npm", ["run", "build"]));
suite("bad content fails the build", () => vitest("bad-content", ["-c", "vitest.build.config.mts", "tests/build/bad-content-build.test.ts"]));
suite("a writer's edits build", () => vitest("writer-edits", ["-c", "vitest.build.config.mts", "tests/build/writer-edits-build.test.ts"]));
suite("adding a language", () => vitest("add-a-language", ["-c", "vitest.build.config.mts", "tests/build/add-a-language.test.ts"]));
suite("writer's loop (next dev)", () => vitest("dev-loop", ["-c", "vitest.build.config.mts", "tests/build/dev-loop.test.ts"]));
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
  return playwright("playwright", []);
});

// The same journeys in the two other engines, one browser each (vitest.engines.config.mts).
for (const [name, file] of [
  ["journeys in Firefox ESR", "firefox"],
  ["journeys in WebKitGTK", "webkit"],
]) {
  suite(name, () => built && vitest(`engines-${file}`, ["-c", "vitest.engines.config.mts", `tests/engines/${file}.test.ts`]));
}

finish();
