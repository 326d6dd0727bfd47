import { firefoxPath } from "../../scripts/browser.mjs";
import { readerJourneys } from "./journeys";
import { launchPuppeteer } from "./puppeteer-engine";

// Gecko: Debian's firefox-esr (FIREFOX_PATH to use another), over WebDriver BiDi.
readerJourneys(() => launchPuppeteer("firefox", firefoxPath(), "Firefox ESR"));
