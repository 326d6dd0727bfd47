import { expect, test } from "./fixtures";
import { everyRoute, shards } from "./site-pages";

// The fixture guards every test, and so every interaction the other tests make; this test makes
// sure every page is visited at least once in a real browser.
for (const [index, routes] of shards(everyRoute, 4).entries()) {
  test(`pages ${index + 1}/4 (${routes[0]} to ${routes.at(-1)}) request nothing from another origin and set no cookie`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.origin !== origin) elsewhere.push(`${request.url()} (from ${page.url()})`);
    });
    for (const route of routes) {
      // "load" waits for the page's scripts, which run before it fires.
      const response = await page.goto(route, { waitUntil: "load" });
      expect(response?.status(), route).toBe(200);
      expect(await page.evaluate(() => document.cookie), route).toBe("");
    }
    expect(elsewhere).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}
