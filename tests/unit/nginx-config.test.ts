import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { deployFiles, siteConfig } from "@/deploy/nginx-config.mjs";
import { isPagePath, responseHeaders } from "@/deploy/serving-rules.mjs";

const deployDir = path.resolve(import.meta.dirname, "../../deploy");

test("the nginx files in deploy/ are the ones deploy/nginx-config.mjs gives (run `npm run deploy:config` after changing it)", () => {
  for (const [name, text] of Object.entries(deployFiles())) {
    expect(readFileSync(path.join(deployDir, name), "utf8"), `deploy/${name}`).toBe(text);
  }
});

test("every location of the nginx site sends every security header, also on errors", () => {
  // nginx drops the server's add_header lines in a location that has its own, so each location repeats them.
  const locations = [...siteConfig().matchAll(/^location ([^{]+)\{([^}]*)\}/gm)];
  expect(locations.length).toBeGreaterThanOrEqual(6);
  for (const [, where, body] of locations) {
    const kind = body.includes("script-src") || !body.includes("default-src") ? "page" : body.includes("'unsafe-inline'") ? "map" : "file";
    for (const { key, value } of responseHeaders(kind, "").slice(1)) {
      expect(body, `location ${where.trim()}: ${key}`).toContain(`add_header ${key} "${value}" always;`);
    }
  }
});

test("pages are the paths without an extension or ending in .html; everything else is a file", () => {
  for (const page of ["/", "/timeline", "/region/de", "/about.html", "/guide/mobile-web"]) expect(isPagePath(page), page).toBe(true);
  for (const file of ["/feed.xml", "/og/index.png", "/_next/static/chunks/a.js", "/timeline.txt", "/region/de/__next._tree.txt"]) expect(isPagePath(file), file).toBe(false);
});

test("an unknown address gets its language's 404 page when the build wrote one, by the path's first segment", async () => {
  const { notFoundPageFor } = await import("@/deploy/serving-rules.mjs");
  const built = new Set(["/404.html", "/ja/404.html", "/pt-br/404.html"]);
  const hasPage = (page: string) => built.has(page);
  expect(notFoundPageFor("/ja/no-such-page", hasPage)).toBe("/ja/404.html");
  expect(notFoundPageFor("/ja", hasPage)).toBe("/ja/404.html");
  expect(notFoundPageFor("/pt-br/x", hasPage)).toBe("/pt-br/404.html");
  expect(notFoundPageFor("/jam", hasPage)).toBe("/404.html");
  expect(notFoundPageFor("/fr/x", hasPage)).toBe("/404.html");
  expect(notFoundPageFor("/no-such-page", hasPage)).toBe("/404.html");
  // Only a language-shaped segment is looked up: nothing with a dot or outside out/.
  const asked: string[] = [];
  notFoundPageFor("/../etc/passwd", (page) => (asked.push(page), false));
  notFoundPageFor("/a.b/x", (page) => (asked.push(page), false));
  expect(asked).toEqual([]);
});

test("the map's shapes file may apply its own <style>, which Firefox checks against the file's own policy when it is an image, and still runs nothing", async () => {
  const { responseKind } = await import("@/deploy/serving-rules.mjs");
  const { securityHeaders, filePolicy } = await import("@/lib/security-headers.mjs");
  expect(responseKind("/map/world-0123456789abcdef.svg")).toBe("map");
  expect(responseKind("/_next/static/chunks/a.js")).toBe("file");
  expect(responseKind("/region")).toBe("page");
  const policy = securityHeaders("map")[0].value;
  expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  expect(policy).toContain("default-src 'none'");
  expect(policy).not.toContain("script-src");
  expect(filePolicy).not.toContain("'unsafe-inline'");
  expect(siteConfig()).toContain(`add_header Content-Security-Policy "${policy}" always;`);
});
