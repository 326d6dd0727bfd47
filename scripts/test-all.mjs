// `npm test`: every check, in order: lint, types, unit tests, the production build, the builds of
// broken content and the writer's loop (`next dev`), the HTML checker over every built page, and the
// end-to-end tests in Chromium (against `next start` and the static export served by nginx). Prints
// each suite's time, and ends with one line "N passed, N failed" totalling every suite.
//
// It installs nothing: what it needs beyond npm (Chromium, Java, nginx) is listed in README.md, and
// .ci/run installs it on a fresh CI machine. A missing tool fails its suite with what to install.
import { checkBuiltHtml } from "./check-html.mjs";
import { finish, hasBrowser, hasCommand, playwright, run, staticSuites, suite, vitest } from "./suites.mjs";

staticSuites();
const built = suite("build", () => run("npm", ["run", "build"]));
suite("bad content fails the build", () => vitest("bad-content", ["-c", "vitest.build.config.mts", "tests/build/bad-content-build.test.ts"]));
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

finish();
