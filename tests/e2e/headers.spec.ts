import { expect, test } from "./fixtures";
import { expectPageScriptPolicy, expectSecurityHeaders } from "./security-headers";
import { servers } from "./servers";
import { everyRoute, staticFiles } from "./site-pages";

for (const server of servers) {
  test(`${server.name}: every page, the 404 page and every static file carry the security headers`, async ({ request }) => {
    test.setTimeout(180_000);
    expect(everyRoute.length).toBeGreaterThan(500);
    for (const route of everyRoute) {
      const response = await request.get(`${server.origin}${route}`, { maxRedirects: 0 });
      expect(response.status(), route).toBe(200);
      expect(response.headers()["content-type"], route).toMatch(/^text\/html/);
      expectSecurityHeaders(response.headers(), `${server.name} ${route}`);
      expectPageScriptPolicy(await response.text(), `${server.name} ${route}`);
    }
    for (const route of ["/no-such-page", "/region/zz", "/_next/static/no-such-file.js"]) {
      const response = await request.get(`${server.origin}${route}`, { maxRedirects: 0 });
      expect(response.status(), route).toBe(404);
      expectSecurityHeaders(response.headers(), `${server.name} ${route} (404)`);
      expectPageScriptPolicy(await response.text(), `${server.name} ${route} (404)`);
    }
    for (const file of [...staticFiles, "/feed.xml", "/sitemap.xml", "/robots.txt", "/data/regions.json", "/og/index.png"]) {
      const response = await request.get(`${server.origin}${file}`, { maxRedirects: 0 });
      expect(response.status(), file).toBe(200);
      expectSecurityHeaders(response.headers(), `${server.name} ${file}`, file);
    }
  });

  test(`${server.name}: hashed files are cached for a year and never rechecked`, async ({ request }) => {
    const hashed = [
      ...staticFiles.filter((path) => path.startsWith("/_next/static/chunks/")),
      staticFiles.find((path) => path.startsWith("/_next/static/flight/"))!,
      staticFiles.find((path) => /^\/map\/world-[0-9a-f]{16}\.svg$/.test(path))!,
    ];
    for (const file of hashed) {
      const response = await request.get(`${server.origin}${file}`);
      expect(response.status(), file).toBe(200);
      expect(response.headers()["cache-control"], file).toBe("public, max-age=31536000, immutable");
    }
  });

  test(`${server.name}: text is sent compressed`, async ({ request }) => {
    const script = staticFiles.find((path) => path.startsWith("/_next/static/chunks/") && path.endsWith(".js"))!;
    const stylesheet = staticFiles.find((path) => path.endsWith(".css"))!;
    const shapes = staticFiles.find((path) => path.startsWith("/map/"))!;
    for (const path of ["/", "/timeline", "/region/de", script, stylesheet, shapes]) {
      const response = await request.get(`${server.origin}${path}`, { headers: { "accept-encoding": "gzip" } });
      expect(response.headers()["content-encoding"], path).toBe("gzip");
      expect(response.headers().vary, path).toMatch(/accept-encoding/i);
    }
  });
}
