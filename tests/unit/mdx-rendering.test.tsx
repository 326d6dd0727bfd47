import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { MdxContent } from "@/components/mdx/MdxContent";
import { numberCitations } from "@/lib/citations";
import { loadSiteContent } from "@/lib/content";

const contentDir = path.resolve(import.meta.dirname, "../fixtures/good-content");

async function renderStory() {
  const content = await loadSiteContent({ contentDir, cacheDir: null });
  const numbering = numberCitations(content.story.citedInBody, content.sourcesById);
  return renderToStaticMarkup(<MdxContent code={content.story.code} numbering={numbering} locale="en" />);
}

test("renders the story's MDX with heading ids for deep links", async () => {
  const html = await renderStory();
  expect(html).toContain('<h2 id="what-happened">What happened</h2>');
  expect(html).toContain("Something happened.");
});

test("numbers citations in order of first use and names each source for screen readers", async () => {
  const html = await renderStory();
  const links = [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"[^>]*>\[(\d+)\]<\/a>/g)].map((m) => [m[1], m[2], m[3]]);
  expect(links).toEqual([
    ["/sources#news-report", "Source 1: A Newspaper, “A report”", "1"],
    ["/sources#regulator-statement", "Source 2: A Regulator, “A statement”", "2"],
    ["/sources#news-report", "Source 1: A Newspaper, “A report”", "1"],
  ]);
});
