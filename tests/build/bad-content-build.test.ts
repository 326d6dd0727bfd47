import { expect, test } from "vitest";
import { contentBuilds, problems } from "./content-build";

/**
 * The real build, run on a copy of the known-good fixture content with one file broken in each
 * content type: the build must fail, name that file and field, and blame nothing else.
 */
const builds = contentBuilds(".next-bad-content");

test.each([
  ["the story", "story.mdx", (t: string) => t.replace("title: The fixture story\n", ""), 'content/story.mdx: field "title" is missing'],
  ["a timeline entry", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace('"2024-09-20"', '"2024-09-31"'), 'content/timeline/2024-09-20-statement.mdx: field "date" must be a real date'],
  ["the sources", "sources.yaml", (t: string) => t.replace("confidence: C1", "confidence: R"), 'content/sources.yaml: field "sources[0].confidence" must be C1 or C2'],
  ["the regions", "regions/jurisdictions.yaml", (t: string) => t.replace('from: "2025-11-03"', 'from: "2025-10-01"'), 'content/regions/jurisdictions.yaml: field "jurisdictions[0].periods[1].from" overlaps the period before'],
  ["the guide", "guide/desktop.yaml", (t: string) => t.replace("illustration: toggle", "illustration: screenshot"), 'content/guide/desktop.yaml: field "steps[1].illustration" must be one of'],
  [
    "a Japanese translation that states a fact",
    "ja/timeline/2024-09-20-statement.mdx",
    (t: string) => t.replace("translates:", 'date: "2024-09-21"\ntranslates:'),
    'content/ja/timeline/2024-09-20-statement.mdx: field "date" is a fact, not words: it is taken from the English file',
  ],
])("a broken file in %s fails the build, naming its file and field and nothing else", async (_type, file, change, expected) => {
  const { status, output } = await builds.build({ [file]: change });
  expect(status).not.toBe(0);
  const found = problems(output);
  expect(found).toHaveLength(1);
  expect(found[0]).toContain(expected);
});
