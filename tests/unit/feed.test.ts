import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { loadSiteContent, type SiteContent } from "@/lib/content";
import { atomFeed, feedItems } from "@/lib/feed";

let content: SiteContent;

beforeAll(async () => {
  content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../fixtures/good-content"), cacheDir: null });
});

test("the feed's entries are the corrections and the timeline, newest first, each dated and linking to its anchor", () => {
  const items = feedItems(content);
  expect(items.map((item) => [item.link, item.date.toISOString().slice(0, 10)])).toEqual([
    ["https://fixture.example/about#newer-fix", "2025-03-04"],
    ["https://fixture.example/about#older-fix", "2025-01-02"],
    ["https://fixture.example/timeline#statement", "2024-09-20"],
    // Known only to the month, placed by its sortAs.
    ["https://fixture.example/timeline#report", "2024-09-15"],
    ["https://fixture.example/timeline#earlier", "2024-09-10"],
  ]);
  expect(items.map((item) => item.category?.[0].term)).toEqual(["correction", "correction", "timeline", "timeline", "timeline"]);
});

test("an entry carries its date as the page shows it, its text and its sources", () => {
  const report = feedItems(content).find((item) => item.link.endsWith("#report"))!;
  expect(report.title).toBe("A newspaper reports it");
  expect(report.description).toBe("The newspaper wrote about it.");
  expect(report.content).toContain("<p>When: Mid-September 2024</p>");
  expect(report.content).toMatch(/<li><a href="https:\/\/example\.org\/report">[^<]+<\/a><\/li>/);
});

test("titles and text are escaped once for Atom's HTML text, so '&' and '<' read as written", () => {
  const xml = atomFeed(content);
  expect(xml).toContain("<![CDATA[Correction: A newer fix &amp; its &lt;details&gt;]]>");
  expect(xml).not.toContain("its <details>");
});

test("the feed is an Atom document that names itself and depends on content, not on the clock", () => {
  const xml = atomFeed(content);
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="en">/);
  expect(xml).toContain('<link rel="self" href="https://fixture.example/feed.xml"/>');
  expect(xml).toContain("<updated>2026-01-15T00:00:00.000Z</updated>");
  expect(xml.match(/<entry>/g)).toHaveLength(5);
  expect(atomFeed(content)).toBe(xml);
});
