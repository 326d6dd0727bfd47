import fc from "fast-check";
import { expect, test } from "./fixtures";
import { servers } from "./servers";
import { everyRoute } from "./site-pages";

/**
 * Unusual requests to both servers of the static export: random addresses from fast-check (very long,
 * non-ASCII, encoded traversal, broken %-escapes, unknown region codes in every letter case, impossible
 * dates, repeated and empty query values), odd methods, and a HEAD on every page. None may answer 500
 * or above, an unknown page gets the site's own 404 page, and `npm start` answers as nginx does.
 */

const knownPages = ["/", "/timeline", "/sources", "/region", "/region/de", "/region/gb", "/guide", "/guide/desktop", "/timeline/uk"];
const badDates = ["2025-02-30", "2024-13-01", "0000-00-00", "9999-12-31", "2024-9-1", "yesterday", "", "%00", "2025-02-29", "'; DROP TABLE", "<script>", "２０２５-０１-０１"];
const oddSegments = ["..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2f", "..%5c..%5cwindows", "..", "%2e%2e", "%00", "%ZZ", "%", "région", "日本", "😀", "%F0%9F%98%80", "a".repeat(3000), "x/".repeat(400), ".env", ".git/config", "_next/../../package.json", "index.php", "404.html", "index.html.gz", "timeline.html.br", "%252e%252e%252f"];

const regionCode = fc.stringMatching(/^[a-zA-Z]{2,3}$/);
const anyText = fc.string({ unit: "grapheme", maxLength: 40 });
const badAddress = fc.oneof(
  regionCode.map((code) => `/region/${code}`),
  fc.tuple(fc.constantFrom("de", "gb", "hk", "ca", "us", "je"), fc.oneof(fc.constantFrom(...badDates), anyText)).map(([code, date]) => `/region/${code}?on=${encodeURIComponent(date)}`),
  fc.tuple(fc.constantFrom("fr", "ch", "no"), fc.array(fc.constantFrom(...badDates), { minLength: 1, maxLength: 5 })).map(([code, dates]) => `/region/${code}?${dates.map((date) => `on=${encodeURIComponent(date)}`).join("&")}`),
  fc.tuple(fc.constantFrom("", "region/", "guide/", "timeline/", "sources/", "_next/static/", "og/"), fc.constantFrom(...oddSegments)).map(([folder, segment]) => `/${folder}${segment}`),
  fc.tuple(fc.constantFrom(...knownPages), fc.constantFrom("", "=", "&&", "on", "on=&on=", "a[]=1&a[]=2", `q=${"z".repeat(4000)}`, "%", "x=%ZZ")).map(([page, query]) => `${page}?${query}`),
  fc.tuple(fc.constantFrom("guide", "timeline", "region"), anyText).map(([folder, text]) => `/${folder}/${encodeURIComponent(text)}`),
  fc.tuple(anyText, fc.boolean()).map(([text, slash]) => `/${encodeURIComponent(text)}${slash ? "/" : ""}`),
  fc.webPath().map((path) => path || "/"),
);

test("random bad addresses never cause a server error, unknown pages get the site's 404, and both servers agree", async ({ request }) => {
  test.setTimeout(240_000);
  const answers = async (path: string) =>
    Promise.all(
      servers.map(async (server) => {
        const response = await request.get(`${server.origin}${path}`, { maxRedirects: 0, failOnStatusCode: false });
        const isHtml404 = response.status() === 404 && (response.headers()["content-type"] ?? "").includes("text/html");
        return { status: response.status(), siteNotFoundPage: isHtml404 ? (await response.text()).includes("Page not found") : null };
      }),
    );
  await fc.assert(
    fc.asyncProperty(badAddress, async (path) => {
      const [fromNpmStart, fromNginx] = await answers(path);
      expect(fromNpmStart.status, `${path.slice(0, 120)}: npm start`).toBeLessThan(500);
      expect(fromNginx.status, `${path.slice(0, 120)}: nginx`).toBeLessThan(500);
      expect(fromNpmStart.status, `${path.slice(0, 120)}: npm start and nginx answer alike`).toBe(fromNginx.status);
      for (const answer of [fromNpmStart, fromNginx]) expect(answer.siteNotFoundPage ?? true, `${path.slice(0, 120)}: the site's 404 page`).toBe(true);
    }),
    { numRuns: 600, seed: 20261129 },
  );
});

test("files outside out/ are never served, however the address climbs", async ({ request }) => {
  for (const server of servers) {
    for (const path of ["/../package.json", "/..%2fpackage.json", "/%2e%2e/%2e%2e/etc/passwd", "/_next/../../package.json", "/region/..%2f..%2fnext.config.mjs", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd"]) {
      const response = await request.get(`${server.origin}${path}`, { maxRedirects: 0, failOnStatusCode: false });
      const body = await response.text();
      expect(response.status(), `${server.name} ${path}`).toBe(404);
      expect(body, `${server.name} ${path}`).not.toContain("root:x:0:0");
      expect(body, `${server.name} ${path}`).not.toContain('"dependencies"');
    }
  }
});

test("methods other than GET and HEAD get 405 or 404 from both servers, never a server error", async ({ request }) => {
  for (const path of ["/", "/timeline", "/region/de", "/no-such-page", "/feed.xml"]) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]) {
      const statuses = [];
      for (const server of servers) {
        const response = await request.fetch(`${server.origin}${path}`, { method, maxRedirects: 0, failOnStatusCode: false, data: method === "POST" ? "x=1" : undefined });
        expect([404, 405], `${server.name} ${method} ${path}`).toContain(response.status());
        statuses.push(response.status());
      }
      expect(statuses[0], `${method} ${path}: npm start and nginx answer alike`).toBe(statuses[1]);
    }
  }
});

test("a HEAD on every page answers 200 with no body, from both servers", async ({ request }) => {
  for (const server of servers) {
    for (const route of everyRoute) {
      const response = await request.head(`${server.origin}${route}`, { maxRedirects: 0 });
      expect(response.status(), `${server.name} HEAD ${route}`).toBe(200);
      expect(response.headers()["content-type"], `${server.name} HEAD ${route}`).toMatch(/^text\/html/);
      expect((await response.body()).length, `${server.name} HEAD ${route}`).toBe(0);
    }
    expect((await request.head(`${server.origin}/no-such-page`)).status(), `${server.name} HEAD /no-such-page`).toBe(404);
  }
});

for (const value of ["2025-02-30", "2024-13-01", "", "yesterday"]) {
  test(`a region page given ?on=${value || "(empty)"} answers 200 and shows today's verdict`, async ({ page }) => {
    const response = await page.goto(`/region/de?on=${encodeURIComponent(value)}&on=2025-01-01`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("[data-status]")).toContainText("As of ");
    if (value) await expect(page.locator("[data-notice]")).toContainText("is not a date we can read");
  });
}
