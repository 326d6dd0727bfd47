// Which browsers the end-to-end tests drive.
//
// Chromium: CHROMIUM_PATH wins; then Debian's /usr/bin/chromium;
// otherwise Playwright's own browser (after `npx playwright install chromium` on a laptop).
import { existsSync } from "node:fs";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The executable to launch, or undefined for Playwright's own browser. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Flags for a headless Chromium in a container: no sandbox as root, no calls home. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const DEBIAN_FIREFOX = "/usr/bin/firefox-esr";

/** The Firefox the engine journeys drive (tests/engines/): FIREFOX_PATH, else Debian's firefox-esr. */
export function firefoxPath() {
  return process.env.FIREFOX_PATH ?? DEBIAN_FIREFOX;
}

/** WebKitGTK's WebDriver (Debian's webkit2gtk-driver) and the browser it drives. */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? "/usr/bin/WebKitWebDriver";
export const miniBrowserPath = process.env.WEBKIT_MINIBROWSER_PATH ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
