import { expect, test as base, type Page } from "@playwright/test";

/**
 * Every end-to-end test runs under these guards: nothing may be requested from another origin,
 * no cookie may be set, and nothing may be logged as an error, on any page the test visits.
 */
export const test = base.extend<{ privacyAndErrorGuard: void }>({
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

/** Same-origin paths linked from the current page (without their #fragment). */
export async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((anchors) =>
    anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
  );
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((href) => new URL(href).origin === origin).map((href) => href.split("#")[0]))];
}

/** Every page reachable by links from the home page. */
export async function crawlSite(page: Page): Promise<string[]> {
  const origin = new URL(page.url() === "about:blank" ? "http://127.0.0.1" : page.url()).origin;
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    if (!response || response.status() !== 200) continue;
    for (const link of await internalLinks(page)) {
      const url = new URL(link, origin);
      const next = url.pathname;
      if (!seen.has(next) && !/\.(svg|png|xml|json|txt)$/.test(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}
