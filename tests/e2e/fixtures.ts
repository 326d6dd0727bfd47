import { expect, test as base, type APIRequestContext, type Page } from "@playwright/test";

/**
 * Every end-to-end test runs under these guards: nothing may be requested from another origin,
 * no cookie may be set, and nothing may be logged as an error, on any page the test visits.
 */
export const test = base.extend<{ privacyAndErrorGuard: void; readerIsPresent: boolean; pointerOnEveryPage: void }>({
  /**
   * The framework starts at a reader's first interaction (scripts/export/rewrite-page.mjs). A reader at
   * a computer moves the pointer; so does every test, on every page it loads, unless it sets
   * `test.use({ readerIsPresent: false })` to see the page as first painted.
   */
  readerIsPresent: [true, { option: true }],
  pointerOnEveryPage: [
    async ({ page, readerIsPresent }, use) => {
      if (readerIsPresent) {
        let step = 0;
        page.on("load", () => {
          step = (step % 5) + 1;
          page.mouse.move(step, step).catch(() => {});
        });
      }
      await use();
    },
    { auto: true },
  ],
  privacyAndErrorGuard: [
    async ({ page, baseURL }, use) => {
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
      expect(errors, "console errors").toEqual([]);
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
