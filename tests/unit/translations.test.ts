/**
 * The Japanese edition's content: the real content/ja loads with every English file translated, and
 * the checks that keep a translation in step with its English file name the translation at fault.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadSiteContent } from "@/lib/content";
import { englishHash } from "@/lib/content/translations";

const realContent = path.resolve(import.meta.dirname, "../../content");

describe("the site's own content in Japanese", () => {
  test("loads: every file translated, with the English file's facts and the translation's words", async () => {
    const [en, ja] = await Promise.all(
      (["en", "ja"] as const).map((locale) => loadSiteContent({ contentDir: realContent, cacheDir: null, locale })),
    );
    expect(ja.locale).toBe("ja");
    expect(ja.story.frontmatter.title).not.toBe(en.story.frontmatter.title);
    expect(ja.story.frontmatter.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    // Facts are the English file's: the same events on the same days, the same periods and statuses.
    expect(ja.timeline.map((entry) => [entry.slug, entry.frontmatter.date, entry.sourceIds])).toEqual(
      en.timeline.map((entry) => [entry.slug, entry.frontmatter.date, entry.sourceIds]),
    );
    expect([...ja.regions.jurisdictions.values()].map((j) => j.periods.map((p) => [p.from, p.to, p.status]))).toEqual(
      [...en.regions.jurisdictions.values()].map((j) => j.periods.map((p) => [p.from, p.to, p.status])),
    );
    expect(ja.sources.map((source) => [source.id, source.title, source.url])).toEqual(en.sources.map((source) => [source.id, source.title, source.url]));
    // Words are the translation's, and the story keeps the English story's deep links.
    expect(ja.story.headingIds).toEqual(en.story.headingIds);
    expect(ja.guide.platforms[0].steps[0].title).not.toBe(en.guide.platforms[0].steps[0].title);
    expect(ja.translatedLabels.map((label) => label.en)).toContain("Data for Generative AI Improvement");
  });
});

describe("a fixture copy of the content, changed", () => {
  let workDir: string;
  let contentDir: string;
  const entry = "timeline/2024-10-11-hong-kong-pause.mdx";

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "translation-test-"));
    contentDir = path.join(workDir, "content");
    await cp(realContent, contentDir, { recursive: true });
  });
  afterAll(() => rm(workDir, { recursive: true, force: true }));

  async function loadJapaneseError(): Promise<string> {
    try {
      await loadSiteContent({ contentDir, cacheDir: null, locale: "ja", displayRoot: workDir });
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    throw new Error("expected the Japanese content to be rejected, but it loaded");
  }

  test("an English timeline file changed since its translation: the build names the translation, and the new hash", async () => {
    const english = path.join(contentDir, entry);
    const original = await readFile(english, "utf8");
    const changed = original.replace("The PCPD welcomed", "Hong Kong's privacy commissioner, the PCPD, welcomed");
    expect(changed).not.toBe(original);
    await writeFile(english, changed);
    const message = await loadJapaneseError();
    expect(message).toContain(`content/ja/${entry}: field "englishHash" is out of date`);
    expect(message).toContain(`content/${entry} has changed since it was translated`);
    expect(message).toContain(englishHash(changed));
    // English readers are not held up by a stale translation: the English site still loads.
    await expect(loadSiteContent({ contentDir, cacheDir: null, locale: "en" })).resolves.toBeDefined();
    await writeFile(english, original);
  });

  test("a missing translation, a fact in a translation and a lost citation are each named", async () => {
    const translation = path.join(contentDir, "ja", entry);
    const original = await readFile(translation, "utf8");
    await rm(translation);
    expect(await loadJapaneseError()).toContain(`content/ja/${entry}: file is missing or unreadable`);

    await writeFile(translation, original.replace("englishHash:", 'date: "2024-10-12"\nenglishHash:'));
    expect(await loadJapaneseError()).toContain(`content/ja/${entry}: field "date" is a fact, not words`);

    const guide = path.join(contentDir, "ja", "story.mdx");
    const story = await readFile(guide, "utf8");
    await writeFile(translation, original);
    const cited = /<Cite id="([^"]+)" \/>/.exec(story)![1];
    await writeFile(guide, story.replaceAll(`<Cite id="${cited}" />`, ""));
    expect(await loadJapaneseError()).toContain(`content/ja/story.mdx: body does not cite "${cited}", as content/story.mdx does`);
    await writeFile(guide, story);
  });
});
