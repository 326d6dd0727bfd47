import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, expect, test } from "vitest";
import { GuidePlatformPage } from "@/components/guide/GuidePlatformPage";
import { ScreenDrawing } from "@/components/guide/ScreenDrawing";
import { RegionPage } from "@/components/region/RegionPage";
import { TimelinePage } from "@/components/TimelinePage";
import { loadSiteContent, type SiteContent } from "@/lib/content";
import { jurisdictionsOn } from "@/lib/region-rules";

/** Components take plain props: here, the fixture content, rendered as the prerendered page would be. */
let content: SiteContent;

beforeAll(async () => {
  content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../fixtures/good-content"), cacheDir: null });
});

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

test("a region page answers for the day it is given, with the place's history and sources", () => {
  const render = (today: string) =>
    renderToStaticMarkup(
      <RegionPage {...content} code="DE" today={today} />,
    );
  const before = render("2025-01-01");
  expect(before).toContain('data-status="excluded"');
  expect(text(before)).toContain("No. As of 1 January 2025, LinkedIn is not using data from members in Germany");
  expect(render("2026-01-01")).toContain('data-status="used-by-default"');
  expect(text(before)).toContain("It was left out, then brought in.");
  expect(before).toContain('href="/timeline#statement"');
  expect(before).toContain('href="/sources#regulator-statement"');
  // Controls that need the browser are in the page, never disabled: their first click is kept until it runs.
  expect(before).toMatch(/<button type="button" [^>]*data-first-action="click"[^>]*>Remember this place on this device<\/button>/);
  expect(before).not.toMatch(/<(button|input)[^>]* disabled=""/);
});

test("the timeline narrowed to a region lists only its events, numbered as on the whole timeline", () => {
  const html = renderToStaticMarkup(<TimelinePage locale="en" site={content.site} timeline={content.timeline} sourcesById={content.sourcesById} region="uk" />);
  const shown = [...html.matchAll(/<li id="([a-z-]+)"/g)].map((match) => match[1]);
  expect(shown).toEqual(content.timeline.filter((entry) => entry.regions.includes("uk")).map((entry) => entry.slug));
  expect(shown.length).toBeLessThan(content.timeline.length);
  expect(text(html)).toContain(`Showing the ${shown.length} of ${content.timeline.length} events that concern UK.`);
});

test("a guide shows every step with its drawing, the direct link, and the place note's prerendered form", () => {
  const platform = content.guide.platforms.find((candidate) => candidate.platform === "desktop")!;
  const html = renderToStaticMarkup(
    <GuidePlatformPage
      locale="en"
      translatedLabels={[]}
      site={content.site}
      guide={content.guide}
      platform={platform}
      sourcesById={content.sourcesById}
      jurisdictionOf={{ DE: "left-out-then-in" }}
      jurisdictions={jurisdictionsOn("2026-01-01", content.regions)}
    />,
  );
  expect([...html.matchAll(/data-step="\d+"/g)]).toHaveLength(platform.steps.length + 1);
  expect(html).toContain(`href="${content.guide.common.directLink.url}"`);
  expect(text(html)).toContain("Check where you live in the region checker");
});

test("a drawing writes out the labels its step marks, so a renamed setting is one edit in content/guide/", () => {
  const html = renderToStaticMarkup(
    <ScreenDrawing illustration="desktop-section" alt="A drawing." labels={["Your data", "Data for AI (renamed)", "On"]} directLink="https://example.org/x" />,
  );
  expect(text(html)).toContain("Your data");
  expect(text(html)).toContain("Data for AI (renamed)");
  const link = renderToStaticMarkup(<ScreenDrawing illustration="phone-link" alt="A drawing." labels={[]} directLink="https://www.example.org/settings/ai" />);
  expect(text(link)).toContain("example.org/settings/ai");
});
