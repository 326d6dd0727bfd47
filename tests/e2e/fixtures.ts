import { expect, test as base, type APIRequestContext, type Locator, type Page } from "@playwright/test";

/**
 * Every end-to-end test runs under these guards: nothing may be requested from another origin,
 * no cookie may be set, and nothing may be logged as an error, on any page the test visits. The tests
 * touch a page only as their reader would: nothing moves the pointer unless the test says so, so the
 * framework starts as it does for that reader (at their first action, or once the page is idle).
 */
export const test = base.extend<{ privacyAndErrorGuard: void; allowedConsoleErrors: number }>({
  /**
   * How many console errors a test may allow (a test that breaks an island on purpose allows one: React
   * reports the error it caught). Every other test allows none.
   */
  allowedConsoleErrors: [0, { option: true }],
  privacyAndErrorGuard: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const offOrigin: string[] = [];
      const errors: string[] = [];
      // A page answered 404 on purpose logs "Failed to load resource" for itself; that is not a fault.
      const notFoundPages = new Set<string>();
      page.on("response", (response) => {
        if (response.request().isNavigationRequest() && response.status() === 404) notFoundPages.add(response.url());
      });
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin) offOrigin.push(url);
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        if (notFoundPages.has(message.location().url) && message.text().includes("404")) return;
        errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use();
      expect(offOrigin, "requests that left the site's origin").toEqual([]);
      if (allowedConsoleErrors === 0) expect(errors, "console errors").toEqual([]);
      else expect(errors.length, `console errors (at most ${allowedConsoleErrors}): ${errors.join("; ")}`).toBeLessThanOrEqual(allowedConsoleErrors);
      expect(await page.context().cookies(), "cookies set").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Holds back the framework's scripts (the page stays as first painted) until the returned function is called. */
export async function holdFrameworkScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Waits until React has hydrated the element (it carries React's props): for a test that checks what
 * the script does after it has run, not what the reader's first action does before.
 */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await expectHydrated(page.locator(selector).first());
}

/** The same for a control found by a locator. */
export async function expectHydrated(control: Locator): Promise<void> {
  await expect
    .poll(() => control.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactProps$"))), { timeout: 20_000, message: "the control hydrates" })
    .toBe(true);
}

/** The accessibility rules every check holds the pages to: WCAG 2.2 A and AA. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Same-origin paths linked from an HTML document, without their #fragment or ?query: the pages are
 * static files, so /region?on=2024-09-18 is the page /region (its script reads the query).
 */
export function linkedPaths(html: string): string[] {
  const paths = [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)]
    .map((match) => match[1].replace(/&amp;/g, "&"))
    .filter((href) => href.startsWith("/") && !href.startsWith("//"))
    .map((href) => href.split("#")[0].split("?")[0] || "/");
  return [...new Set(paths)];
}

export interface CrawledSite {
  /** Every page reachable by links from the home page, sorted. */
  pages: string[];
  /** Each linked path, with a page that links to it and the status it answered. */
  links: Map<string, { from: string; status: number }>;
}

/** Follows every internal link from the home page over HTTP, as a reader's clicks would. */
export async function crawlSite(request: APIRequestContext): Promise<CrawledSite> {
  const links = new Map<string, { from: string; status: number }>();
  const pages: string[] = [];
  const queue: { path: string; from: string }[] = [{ path: "/", from: "(start)" }];
  links.set("/", { from: "(start)", status: 0 });
  while (queue.length > 0) {
    const { path, from } = queue.shift()!;
    const response = await request.get(path);
    links.set(path, { from, status: response.status() });
    if (response.status() !== 200 || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    pages.push(path);
    for (const next of linkedPaths(await response.text())) {
      if (!links.has(next)) {
        links.set(next, { from: path, status: 0 });
        queue.push({ path: next, from: path });
      }
    }
  }
  return { pages: pages.sort(), links };
}
