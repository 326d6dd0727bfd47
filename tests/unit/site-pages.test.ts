import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { loadSiteContent, type SiteContent } from "@/lib/content";
import { locales } from "@/lib/i18n";
import { pageMetadata } from "@/lib/page-metadata";
import { absoluteUrl, linkLabel, sitePage, sitePages, siteRoutes, type SiteRoute } from "@/lib/site-pages";
import { timelineRegionIds } from "@/lib/schemas";
import { robotsRules, sitemapEntries } from "@/lib/sitemap";

let content: SiteContent;

beforeAll(async () => {
  content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../fixtures/good-content"), cacheDir: null });
});

test("lists every page once: the story, the picker, every place, the guides, objecting, the timelines, the sources and about", () => {
  const paths = sitePages(content, "2026-01-01").map((page) => page.path);
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths.slice(0, 3)).toEqual(["/", "/region", "/region/ad"]);
  const places = content.regions.places.size;
  expect(paths.filter((p) => p.startsWith("/region/"))).toHaveLength(places);
  expect(paths).toEqual(expect.arrayContaining(["/guide", "/guide/desktop", "/guide/mobile-web", "/object", "/timeline", "/timeline/uk", "/timeline/elsewhere", "/sources", "/about"]));
  // The story, the picker, each place, the guide and each platform's, /object, the timeline and each region's, sources, about.
  expect(paths).toHaveLength(1 + 1 + places + 1 + content.guide.platforms.length + 1 + 1 + timelineRegionIds.length + 1 + 1);
});

test("takes titles and descriptions from content where content has them", () => {
  expect(sitePage(content, "/", "2026-01-01")).toMatchObject({ title: "The fixture story", description: "A story that cites two sources." });
  expect(sitePage(content, "/about", "2026-01-01")).toMatchObject({ title: "About the fixture" });
  expect(sitePage(content, "/object", "2026-01-01")).toMatchObject({ title: "Beyond the switch", description: "What the switch does not cover, and how to object." });
  expect(sitePage(content, "/timeline/uk", "2026-01-01").title).toBe("Timeline: UK");
});

test("a region page's card shows the place and its verdict on the given day", () => {
  const before = sitePage(content, "/region/de", "2025-01-01");
  expect(before.title).toBe("Germany: Does it apply to me?");
  expect(before.card).toMatchObject({ heading: "Germany", verdict: { status: "excluded", label: "Left out", asOf: "As of 1 January 2025" } });
  expect(before.card.alt).toBe("Germany: Left out, as of 1 January 2025. Fixture Site");
  const after = sitePage(content, "/region/de", "2026-01-01");
  expect(after.card.verdict).toMatchObject({ status: "used-by-default", label: "Used by default" });
});

test("a path no route lists has no page, and says where to add it", () => {
  expect(() => sitePage(content, "/guide/smartwatch", "2026-01-01")).toThrow(/No page at \/guide\/smartwatch: add its route to siteRoutes in lib\/site-pages\.ts/);
});

test("a new route is picked up by the sitemap by adding it to the list", () => {
  const guide: SiteRoute = {
    route: "/guide/[platform]",
    pages: () => ["web", "ios"].map((platform) => ({ path: `/guide/${platform}`, title: `Guide: ${platform}`, description: "Steps.", card: { heading: platform, alt: platform } })),
  };
  const urls = sitemapEntries([content], "2026-01-01", [...siteRoutes, guide]).map((entry) => entry.url);
  expect(urls.slice(-2)).toEqual(["https://fixture.example/guide/web", "https://fixture.example/guide/ios"]);
  expect(sitemapEntries([content], "2026-01-01")).toHaveLength(urls.length - 2);
});

test("the sitemap gives absolute addresses on the site's address, and robots.txt points to it", () => {
  const entries = sitemapEntries([content], "2026-01-01");
  expect(entries[0]).toMatchObject({
    url: "https://fixture.example",
    lastModified: "2026-01-15",
    alternates: { languages: { en: "https://fixture.example", ja: "https://fixture.example/ja", "x-default": "https://fixture.example" } },
  });
  // One alternate for every language of the list, and x-default.
  expect(Object.keys(entries[0].alternates?.languages ?? {}).sort()).toEqual([...locales, "x-default"].sort());
  expect(entries[2].url).toBe("https://fixture.example/region/ad");
  expect(robotsRules(content)).toEqual({ rules: { userAgent: "*", allow: "/" }, sitemap: "https://fixture.example/sitemap.xml" });
  expect(absoluteUrl("https://fixture.example", "/timeline#x")).toBe("https://fixture.example/timeline#x");
});

test("a page's metadata: its own title and description, canonical address, feed, Open Graph and Twitter card with its image", () => {
  const metadata = pageMetadata(content, "/sources");
  expect(metadata).toMatchObject({
    title: "Sources",
    alternates: {
      canonical: "https://fixture.example/sources",
      types: { "application/atom+xml": [{ url: "https://fixture.example/feed.xml" }] },
    },
    openGraph: {
      url: "https://fixture.example/sources",
      siteName: "Fixture Site",
      images: [{ url: "https://fixture.example/og/sources.png", width: 1200, height: 630, type: "image/png", alt: "Sources. Fixture Site" }],
    },
    twitter: { card: "summary_large_image", images: [{ url: "https://fixture.example/og/sources.png" }] },
  });
  expect(metadata.description).toBe(metadata.openGraph?.description);
});

test("links named in content read as what they point to", () => {
  expect(linkLabel(content, "/", "2026-01-01")).toBe("The fixture story");
  expect(linkLabel(content, "/timeline#statement", "2026-01-01")).toBe("Timeline: The regulator speaks");
  expect(linkLabel(content, "/sources#news-report", "2026-01-01")).toMatch(/^Sources: .+, “.+”$/);
  expect(linkLabel(content, "/region/ch", "2026-01-01")).toBe("Switzerland: Does it apply to me?");
});
