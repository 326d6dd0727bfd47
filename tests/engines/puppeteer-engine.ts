import puppeteer, { type KeyInput, type Page } from "puppeteer-core";
import { chromiumArgs } from "../../scripts/browser.mjs";
import { callExpression, missingScript, readerQueriesSource, type Engine, type Key, type Modifier } from "./engine";
import type { Query } from "./query";

/**
 * Firefox (Debian's firefox-esr) over WebDriver BiDi, or Chromium over the DevTools protocol, both
 * through puppeteer-core: one browser, one page, for the whole suite.
 */
export async function launchPuppeteer(browser: "firefox" | "chrome", executablePath: string, label: string): Promise<Engine> {
  const instance = await puppeteer.launch({
    browser,
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: browser === "chrome" ? chromiumArgs : [],
  });
  // A page of its own: in headless Firefox the first tab's date fields ignore typed digits.
  const page: Page = await instance.newPage();
  for (const other of await instance.pages()) if (other !== page) await other.close();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`uncaught ${error instanceof Error ? error.message : String(error)} (${page.url()})`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error ${message.text()} (${page.url()})`);
  });
  const version = (await instance.version()).replace(/^[^/]*\//, "");
  const language = await page.evaluate("navigator.language");

  async function call<T>(name: string, ...args: unknown[]): Promise<T> {
    const expression = callExpression(name, args);
    let result = await page.evaluate(expression);
    if (result === missingScript) {
      await page.evaluate(readerQueriesSource());
      result = await page.evaluate(expression);
    }
    return result as T;
  }

  async function element(query: Query) {
    await call("count", query);
    const handle = await page.evaluateHandle(`window.__readerQueries.find(${JSON.stringify(query)})`);
    const found = handle.asElement();
    if (!found) await handle.dispose();
    return found as import("puppeteer-core").ElementHandle<Element> | null;
  }

  return {
    description: `${label} ${version} (language tag ${JSON.stringify(language)})`,
    async goto(url) {
      await page.goto(url, { waitUntil: "load" });
    },
    async reload() {
      await page.reload({ waitUntil: "load" });
    },
    call,
    async hover(query) {
      const found = await element(query);
      if (!found) return false;
      await page.mouse.move(1, 1);
      await found.hover();
      await found.dispose();
      return true;
    },
    async click(query, fromLeft) {
      const found = await element(query);
      if (!found) return false;
      if (fromLeft === undefined) await found.click();
      else {
        const box = await found.boundingBox();
        await found.click({ offset: { x: fromLeft, y: (box?.height ?? 0) / 2 } });
      }
      await found.dispose();
      return true;
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async press(key: Key, modifiers: Modifier[] = []) {
      for (const modifier of modifiers) await page.keyboard.down(modifier);
      await page.keyboard.press(key as KeyInput);
      for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier);
    },
    engineErrors: () => [...errors],
    async close() {
      await instance.close();
    },
  };
}
