import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { notFoundCaching, pageCaching } from "../../deploy/serving-rules.mjs";
import { outDir } from "../../scripts/built-pages.mjs";
import { crawlSite, expect, test } from "./fixtures";
import { servers } from "./servers";
import { everyRoute, everyTemplate } from "./site-pages";
import { prefixedLocales } from "../../lib/i18n";

// The static export (out/) as `npm start` and as nginx with deploy/site.conf serve it: the same checks for both.
const fileOf = (route: string) => path.join(outDir, route === "/" ? "index.html" : `${route.slice(1)}.html`);

for (const server of servers) {
  test.describe(server.name, () => {
    test.use({ baseURL: server.origin });

    test(`${server.name} serves every page of out/ at its address, as built`, async ({ request }) => {
      for (const route of everyRoute) {
        const response = await request.get(route, { maxRedirects: 0 });
        expect(response.status(), route).toBe(200);
        expect(await response.text(), route).toBe(readFileSync(fileOf(route), "utf8"));
        expect(response.headers()["cache-control"], route).toBe(pageCaching);
      }
    });

    test(`${server.name} sends the build's compressed copy of a page instead of compressing it for each request`, async ({ request }) => {
      // Debian's nginx has no brotli module: it sends the gzip copy even to a browser that accepts brotli.
      const encodings = server.name === "npm start" ? [["gzip", "gz"], ["gzip, br", "br"]] : [["gzip", "gz"], ["gzip, br", "gz"]];
      for (const route of ["/", "/timeline", "/region/de"]) {
        for (const [accepted, copy] of encodings) {
          const response = await request.get(route, { headers: { "accept-encoding": accepted } });
          expect(response.headers()["content-encoding"], `${route} (${accepted})`).toBe(copy === "gz" ? "gzip" : "br");
          expect(Number(response.headers()["content-length"]), `${route} (${accepted})`).toBe(statSync(`${fileOf(route)}.${copy}`).size);
          expect(await response.text(), route).toBe(readFileSync(fileOf(route), "utf8"));
        }
      }
    });

    test(`${server.name} answers an unknown address with the project's 404 page and status 404`, async ({ request }) => {
      const notFoundPage = readFileSync(path.join(outDir, "404.html"), "utf8");
      for (const route of ["/no-such-page", "/region/zz", "/timeline/nowhere", "/404", "/404.html", "/region/%ZZ", "/timeline.html.gz", "/_not-found"]) {
        const response = await request.get(route, { maxRedirects: 0 });
        expect(response.status(), route).toBe(404);
        expect(await response.text(), route).toBe(notFoundPage);
        expect(response.headers()["cache-control"], route).toBe(notFoundCaching);
      }
    });

    test(`${server.name} answers an unknown address under a language's prefix with that language's 404 page, and any other with the default one`, async ({ request }) => {
      const defaultPage = readFileSync(path.join(outDir, "404.html"), "utf8");
      for (const locale of prefixedLocales) {
        const languagePage = readFileSync(path.join(outDir, locale, "404.html"), "utf8");
        for (const route of [`/${locale}/no-such-page`, `/${locale}/region/zz`, `/${locale}/404`, `/${locale}/404.html`]) {
          const response = await request.get(route, { maxRedirects: 0 });
          expect(response.status(), route).toBe(404);
          expect(await response.text(), route).toBe(languagePage);
        }
      }
      // Shaped like a language, but no language's folder: the default 404 page.
      for (const route of ["/zz/no-such-page", "/og/no-such-image", "/pt-br/x"]) {
        const response = await request.get(route, { maxRedirects: 0 });
        expect(response.status(), route).toBe(404);
        expect(await response.text(), route).toBe(defaultPage);
      }
    });

    test(`${server.name} sends the feed as Atom and the data files as JSON`, async ({ request }) => {
      expect((await request.get("/feed.xml")).headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      expect((await request.get("/data/regions.json")).headers()["content-type"]).toMatch(/^application\/json/);
    });

    test(`${server.name} redirects an address with a trailing slash to the page`, async ({ request }) => {
      for (const [from, to] of [
        ["/timeline/", "/timeline"],
        ["/region/de/", "/region/de"],
        ["/region/gb/?on=2024-10-01", "/region/gb?on=2024-10-01"],
      ]) {
        const response = await request.get(from, { maxRedirects: 0 });
        expect(response.status(), from).toBe(308);
        expect(response.headers().location, from).toBe(to);
      }
    });

    test(`every internal link on every page served by ${server.name} answers 200`, async ({ request }) => {
      const { pages, links } = await crawlSite(request);
      expect(pages.length).toBe(everyRoute.length);
      const broken = [...links].filter(([, link]) => link.status !== 200).map(([route, link]) => `${route} (${link.status}, linked from ${link.from})`);
      expect(broken).toEqual([]);
    });

    test(`every kind of page works in the browser from ${server.name}, with its policy and nothing blocked`, async ({ page }) => {
      // The fixture fails the test on any console error, which is how Chromium reports what the policy blocks.
      for (const route of everyTemplate) {
        const response = await page.goto(route);
        expect(response?.status(), route).toBe(/\/(region\/zz|no-such-page)$/.test(route) ? 404 : 200);
        await expect(page.getByRole("heading", { level: 1 }), route).toBeVisible();
      }
    });

    test(`on ${server.name}, a reader picks a place and checks another date`, async ({ page }) => {
      await page.goto("/region");
      await page.getByRole("combobox", { name: "Country or territory" }).fill("German");
      // As a reader does: Enter once the list offers the place (the picker's script starts after the first paint).
      await expect(page.getByRole("option", { name: /Germany/ })).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/region\/de$/);
      await page.getByLabel("Check another date").fill("2024-10-01");
      await page.getByRole("button", { name: "Show that date" }).click();
      await expect(page).toHaveURL(/\/region\/de\?on=2024-10-01$/);
      await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "excluded");
    });
  });
}
