/**
 * The Japanese edition's content: the real content/ja loads with every part translated, an English
 * edit shows in English (marked) only where it changed, and a broken translation names the file at fault.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import YAML from "yaml";
import { contentLanguages, loadSiteContent } from "@/lib/content";
import { formatReport, translationReport } from "@/lib/content/translation-report";
import { localePath, locales, type Locale } from "@/lib/i18n";
import { sitePage } from "@/lib/site-pages";
import { isUntranslated } from "@/lib/untranslated";

const realContent = path.resolve(import.meta.dirname, "../../content");
const fixture = path.resolve(import.meta.dirname, "../fixtures/good-content");

describe("the site's own content in Japanese", () => {
  test("loads: every part translated, with the English file's facts and the translation's words", async () => {
    const [en, ja] = await Promise.all(
      (["en", "ja"] as const).map((locale) => loadSiteContent({ contentDir: realContent, cacheDir: null, locale })),
    );
    expect(ja.locale).toBe("ja");
    expect(ja.untranslated).toEqual([]);
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
    expect(ja.story.code).not.toContain("Untranslated");
    expect(ja.guide.platforms[0].steps[0].title).not.toBe(en.guide.platforms[0].steps[0].title);
    expect(ja.translatedLabels.length).toBeGreaterThan(0);
    // /object: a note for readers in Japan that only the Japanese edition has, with its own sources.
    expect(en.objectPage.editionNotes).toEqual([]);
    expect(ja.objectPage.editionNotes.map((note) => note.id)).toEqual(["japan"]);
    expect(ja.objectPage.editionNotes[0].text).toContain("個人情報保護委員会");
    expect(ja.objectPage.editionNotes[0].sources.length).toBeGreaterThan(0);
  });

});

describe("a copy of the fixture content, edited", () => {
  let workDir: string;
  let contentDir: string;
  const entry = "timeline/2024-09-20-statement.mdx";
  const load = (locale: Locale = "ja") => loadSiteContent({ contentDir, cacheDir: null, locale, displayRoot: workDir });

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "translation-test-"));
    contentDir = path.join(workDir, "content");
  });
  afterAll(() => rm(workDir, { recursive: true, force: true }));

  async function fresh() {
    await rm(contentDir, { recursive: true, force: true });
    await cp(fixture, contentDir, { recursive: true });
  }
  async function edit(file: string, change: (text: string) => string) {
    const target = path.join(contentDir, file);
    const before = await readFile(target, "utf8");
    const after = change(before);
    expect(after, "the edit must change the file").not.toBe(before);
    await writeFile(target, after);
  }
  async function loadError(): Promise<string> {
    try {
      await load();
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    throw new Error("expected the Japanese content to be rejected, but it loaded");
  }

  test("an English paragraph edited: the Japanese page shows that block in English, marked, and keeps the rest translated", async () => {
    await fresh();
    await edit("story.mdx", (text) => text.replace(/\n\n([^\n<#{][^\n]*)\n/, "\n\n$1 One more sentence.\n"));
    const ja = await load();
    expect(ja.story.code).toContain("Untranslated");
    expect(ja.story.paragraphs.some((paragraph) => paragraph.includes("One more sentence."))).toBe(true);
    // Only the edited block shows in English; the heading before it stays translated.
    const shownInEnglish = ja.untranslated.filter((part) => part.file === "content/ja/story.mdx" && part.reason !== "leftover");
    expect(shownInEnglish).toHaveLength(1);
    expect(shownInEnglish[0]).toMatchObject({ reason: "changed", where: expect.stringContaining("paragraph") });
    expect(ja.untranslated.filter((part) => part.reason === "leftover").map((part) => part.file)).toEqual(["content/ja/story.mdx"]);
    const report = formatReport(await translationReport(contentDir, null));
    expect(report).toContain("content/ja/story.mdx (translates content/story.mdx)");
    expect(report).toContain("English changed since it was translated");
    // English readers see their edit, and English pages are never marked.
    const en = await load("en");
    expect(en.story.code).not.toContain("Untranslated");
  });

  test("a new guide step and a new timeline entry show in English, marked, until translated", async () => {
    await fresh();
    const guide = YAML.parse(await readFile(path.join(contentDir, "guide/desktop.yaml"), "utf8")) as { steps: Record<string, unknown>[] };
    const newStep = { ...guide.steps[0], id: "a-new-step", title: "A step added in English" };
    await edit("guide/desktop.yaml", (text) => text.replace("\nsteps:\n", `\nsteps:\n${YAML.stringify([newStep]).replace(/^/gm, "  ").trimEnd()}\n`));
    const added = path.join(contentDir, "timeline/2024-09-25-added.mdx");
    await writeFile(added, (await readFile(path.join(contentDir, entry), "utf8")).replace(/^slug: .*$/m, "slug: added-in-english").replace(/^date: .*$/m, 'date: "2024-09-25"'));
    const ja = await load();
    const step = ja.guide.platforms.find((platform) => platform.platform === "desktop")!.steps[0];
    expect(step.title).toBe("A step added in English");
    expect(isUntranslated(step, "title")).toBe(true);
    expect(isUntranslated(ja.guide.platforms.find((platform) => platform.platform === "desktop")!.steps[1], "title")).toBe(false);
    const entryRead = ja.timeline.find((item) => item.slug === "added-in-english")!;
    expect(isUntranslated(entryRead.frontmatter, "title")).toBe(true);
    expect(entryRead.code).toContain("Untranslated");
    expect(ja.untranslated.map((part) => `${part.file} ${part.where} ${part.reason}`)).toEqual(
      expect.arrayContaining([
        'content/ja/guide/desktop.yaml field "steps[0].title" new',
        "content/ja/timeline/2024-09-25-added.mdx file new",
      ]),
    );
  }, 20_000);

  test("a block only the Japanese edition has, marked edition-only and cited, shows and is not reported", async () => {
    await fresh();
    await edit("ja/story.mdx", (text) =>
      text.replace('    "969078df", "c8eff91c",', '    "969078df", "c8eff91c", "edition-only",').trimEnd() + '\n\n日本の読者向けの一文。<Cite id="news-report" />\n',
    );
    const ja = await load();
    expect(ja.story.paragraphs.at(-1)).toBe("日本の読者向けの一文。");
    expect(ja.untranslated).toEqual([]);

    await edit("ja/story.mdx", (text) => text.replace('。<Cite id="news-report" />', "。"));
    expect(await loadError()).toMatch(/content\/ja\/story\.mdx: line \d+ is marked edition-only: a fact for this edition's readers cites its source/);
  });

  test("a broken translation still fails, naming the file and the field: a fact written in it, a block citing other sources", async () => {
    await fresh();
    await edit(`ja/${entry}`, (text) => text.replace("translates:", 'date: "2024-09-21"\ntranslates:'));
    expect(await loadError()).toContain(`content/ja/${entry}: field "date" is a fact, not words`);

    await fresh();
    await edit("ja/story.mdx", (text) => text.replace('A regulator spoke.<Cite id="regulator-statement" />', "A regulator spoke."));
    expect(await loadError()).toMatch(/content\/ja\/story\.mdx: line \d+ must cite "news-report", "regulator-statement", as its English block does/);
  });

  test("renaming a LinkedIn label is one edit: the guides, the story and the descriptions follow, and no translation goes stale", async () => {
    await fresh();
    await edit("guide/linkedin-labels.yaml", (text) => text.replace("generativeAiSetting: Use my data", "generativeAiSetting: Train AI on my data"));
    for (const locale of await contentLanguages(contentDir)) {
      const content = await load(locale);
      expect(content.untranslated).toEqual([]);
      const texts = content.guide.platforms.flatMap((platform) => [...platform.steps, platform.finalCheck].map((step) => step.text)).join(" ");
      expect(texts).toContain("**Train AI on my data**");
      expect(texts).not.toMatch(/\*\*Use my data\*\*/);
      expect(sitePage(content, localePath(locale, "/guide/desktop"), "2026-01-01").description).toContain("Train AI on my data");
    }
  });

  test("a language is its folder: without content/ja/ the language has no content; with an empty one, every page is in English, marked, and nothing fails", async () => {
    await fresh();
    expect(await contentLanguages(contentDir)).toEqual(locales.filter((locale) => locale === "en" || locale === "ja"));
    await rm(path.join(contentDir, "ja"), { recursive: true });
    expect(await contentLanguages(contentDir)).toEqual(["en"]);
    await mkdir(path.join(contentDir, "ja"));
    expect(await contentLanguages(contentDir)).toContain("ja");
    const ja = await load();
    expect(ja.translatedLabels).toEqual([]);
    expect(ja.placeReadings).toEqual({});
    expect(ja.story.code).toContain("Untranslated");
    expect(ja.untranslated.every((part) => part.where === "file" && part.reason === "new")).toBe(true);
    expect(ja.untranslated.map((part) => part.file)).toContain("content/ja/story.mdx");
  });
}, 60_000);

