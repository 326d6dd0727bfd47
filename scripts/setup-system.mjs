// @ts-check
// The first step of `npm test`: what the tests need beyond npm, from Debian's (or Ubuntu's) packages:
// Chromium, Firefox ESR, WebKitGTK's WebDriver and Xvfb for the browser tests, Java for the HTML
// checker, nginx for the static deployment's tests, and a Japanese font for the Japanese pages.
// Installs what is missing with apt-get when it can (as root, or with passwordless sudo); otherwise
// stops at once with the one command that installs them all.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPath, firefoxPath, miniBrowserPath, webkitDriverPath } from "./browser.mjs";

/** @param {string} command */
const hasCommand = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

function hasChromium() {
  const found = chromiumPath();
  if (found) return existsSync(found);
  // No Debian Chromium and no CHROMIUM_PATH: Playwright's own browser, if `npx playwright install chromium` put one there.
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache", "ms-playwright");
  return existsSync(cache) && readdirSync(cache).some((name) => name.startsWith("chromium"));
}

function hasJapaneseFont() {
  const listed = spawnSync("fc-list", [":lang=ja", "family"], { encoding: "utf8" });
  return listed.status === 0 && listed.stdout.trim() !== "";
}

/** What `npm test` needs, each with its Debian package and how to tell it is there. */
const needs = [
  { what: "Chromium (end-to-end tests)", debian: "chromium", present: hasChromium },
  { what: "Firefox ESR (the journeys in Gecko)", debian: "firefox-esr", present: () => existsSync(firefoxPath()) },
  { what: "WebKitGTK's WebDriver (the journeys in WebKit)", debian: "webkit2gtk-driver", present: () => existsSync(webkitDriverPath) && existsSync(miniBrowserPath) },
  { what: "Xvfb (a display for WebKitGTK)", debian: "xvfb", present: () => hasCommand("Xvfb") },
  { what: "Java (the HTML checker)", debian: "default-jre-headless", present: () => hasCommand("java") },
  { what: "nginx (the static deployment's tests)", debian: "nginx", present: () => hasCommand("nginx") || existsSync("/usr/sbin/nginx") },
  { what: "a Japanese font (the Japanese pages)", debian: "fonts-noto-cjk", present: hasJapaneseFont },
];

const allPackages = needs.map((need) => need.debian).join(" ");
export const installCommand = `sudo apt-get update && sudo apt-get install -y ${allPackages}`;

/**
 * @param {string[]} command
 * @param {boolean} asRoot
 */
function run(command, asRoot) {
  const [program, ...args] = asRoot ? command : ["sudo", "-n", ...command];
  console.log(`$ ${[program, ...args].join(" ")}`);
  return spawnSync(program, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

/** True when everything is there (after installing what was missing, where it could). */
export function setUpSystem() {
  const missing = needs.filter((need) => !need.present());
  if (missing.length === 0) return true;
  console.log(`npm test needs, and this machine lacks:\n${missing.map((need) => `  - ${need.what}: ${need.debian}`).join("\n")}`);

  const asRoot = process.getuid?.() === 0;
  const canSudo = !asRoot && hasCommand("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!hasCommand("apt-get") || (!asRoot && !canSudo)) {
    console.error(
      `\nInstall them (Debian or Ubuntu), then run npm test again:\n\n  ${installCommand}\n\n` +
        "Elsewhere, install the same programs and point CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and WEBKIT_MINIBROWSER_PATH at them (see README.md).",
    );
    return false;
  }
  const packages = missing.map((need) => need.debian);
  if (!run(["apt-get", "update", "-qq"], asRoot) || !run(["apt-get", "install", "-y", "-qq", ...packages], asRoot)) {
    console.error(`\napt-get could not install ${packages.join(" ")}. The command that installs everything:\n\n  ${installCommand}`);
    return false;
  }
  const stillMissing = needs.filter((need) => !need.present());
  if (stillMissing.length > 0) {
    console.error(`\nStill missing after apt-get: ${stillMissing.map((need) => need.what).join(", ")} (see README.md, "Tests and the browsers").`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(setUpSystem() ? 0 : 1);
