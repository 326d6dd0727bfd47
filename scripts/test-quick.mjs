// `npm run test:quick`: the inner loop, a few minutes instead of `npm test`'s quarter of an hour: lint,
// types, unit tests, one production build, and a smoke run of the end-to-end tests in Chromium (the
// reader's key journeys, below). Same counts and closing line "N passed, N failed" as `npm test`, which
// stays the check before publishing (the writer's loop, broken content, the HTML checker, every journey).
import { finish, hasBrowser, hasCommand, playwright, run, staticSuites, suite } from "./suites.mjs";

/** The key journeys, by their tests' titles: a verdict, the guide, a citation, no JavaScript, a phone, Japanese. */
const smokeJourneys = [
  "from the story to a verdict by keyboard alone",
  "a reader completes the desktop guide by keyboard",
  "a reader follows a citation in the story to its source",
  "the reader still reaches their verdict through plain links",
  "on a phone, the story's first screen answers",
  "story → region by typing ドイツ → verdict on a chosen date → guide → a step done → the same step in English",
];
const smokeSpecs = ["region", "guide", "reading", "first-screen", "japanese"].map((name) => `tests/e2e/${name}.spec.ts`);
/** @param {string} text */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

staticSuites();
const built = suite("build", () => run("npm", ["run", "build"]));
suite("end-to-end (smoke)", () => {
  const browser = hasBrowser();
  const nginx = hasCommand("nginx", "-v", "the static deployment's tests", "nginx");
  if (!built || !browser || !nginx) return false;
  const counts = playwright("smoke", [...smokeSpecs, "--project=chromium", "--grep", smokeJourneys.map(escape).join("|")]);
  if (typeof counts === "boolean") return counts;
  // A journey renamed in its spec would drop out of the smoke run silently: count it as a failure.
  const ran = counts.passed + counts.failed;
  if (ran >= smokeJourneys.length) return counts;
  console.error(`The smoke run found ${ran} of its ${smokeJourneys.length} journeys: a title in scripts/test-quick.mjs no longer matches its test.`);
  return { passed: counts.passed, failed: counts.failed + smokeJourneys.length - ran };
});

finish();
