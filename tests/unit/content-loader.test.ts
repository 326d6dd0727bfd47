import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { citedInIndex } from "@/lib/cited-in";
import { loadSiteContent } from "@/lib/content";
import { MdxCompiler } from "@/lib/content/mdx-compiler";

const fixture = path.resolve(import.meta.dirname, "../fixtures/good-content");
let workDir: string;
let contentDir: string;

beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "content-test-"));
  contentDir = path.join(workDir, "content");
  await cp(fixture, contentDir, { recursive: true });
});

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const load = () => loadSiteContent({ contentDir, cacheDir: null, displayRoot: workDir });

async function edit(file: string, change: (text: string) => string) {
  const target = path.join(contentDir, file);
  await writeFile(target, change(await readFile(target, "utf8")));
}

/** Loads and returns the error message, failing the test if the load succeeds. */
async function loadError(): Promise<string> {
  try {
    await load();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the content to be rejected, but it loaded");
}

test("loads good content: the story, the sources and the timeline in date order", async () => {
  const content = await load();
  expect(content.site.name).toBe("Fixture Site");
  expect(content.sources.map((s) => s.id)).toEqual(["regulator-statement", "news-report"]);
  expect(content.story.frontmatter.title).toBe("The fixture story");
  expect(content.story.citedInBody).toEqual(["news-report", "regulator-statement"]);
  expect(content.timeline.map((entry) => entry.slug)).toEqual(["earlier", "report", "statement"]);
  expect(content.timeline[1].regions).toEqual(["eu-eea", "switzerland", "uk", "canada", "hong-kong", "elsewhere"]);
  expect(citedInIndex(content).get("news-report")).toEqual([
    { label: "The story", href: "/" },
    { label: "Timeline: An earlier event, filed later in the folder's order", href: "/timeline#earlier" },
    { label: "Timeline: A newspaper reports it", href: "/timeline#report" },
    { label: "Region checker", href: "/region" },
    { label: "Region checker: the fixture union", href: "/region/de" },
    { label: "Region checker: everywhere else", href: "/region/ad" },
    { label: "Opt-out guide", href: "/guide" },
    { label: "Opt-out guide: Fixture desktop", href: "/guide/desktop" },
    { label: "Opt-out guide: Fixture ios", href: "/guide/ios" },
    { label: "Opt-out guide: Fixture android", href: "/guide/android" },
    { label: "Opt-out guide: Fixture mobile-web", href: "/guide/mobile-web" },
    { label: "Beyond the switch", href: "/object" },
  ]);
});

test.each([
  ["a citation of an unknown source", "story.mdx", (t: string) => t.replace('<Cite id="regulator-statement" />', '<Cite id="no-such-source" />'),
    /content\/story\.mdx: line 8, <Cite id="no-such-source"> names an unknown source id/],
  ["a Cite without a literal id", "story.mdx", (t: string) => t.replace('<Cite id="regulator-statement" />', "<Cite />"),
    /content\/story\.mdx: line 8, <Cite \/> must have exactly one attribute/],
  ["an unknown source in a timeline entry", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace("[regulator-statement]", "[regulator-statement, nobody]"),
    /content\/timeline\/2024-09-20-statement\.mdx: field "sources\[1\]" names an unknown source id "nobody"/],
  ["a timeline entry without a source", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace("sources: [regulator-statement]\n", ""),
    /content\/timeline\/2024-09-20-statement\.mdx: field "sources" is missing/],
  ["a timeline entry with an empty source list", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace("[regulator-statement]", "[]"),
    /content\/timeline\/2024-09-20-statement\.mdx: field "sources" must cite at least one source id/],
  ["a malformed date", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace('"2024-09-20"', '"20/09/2024"'),
    /content\/timeline\/2024-09-20-statement\.mdx: field "date" must be a real date/],
  ["a date that is not on the calendar", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace('"2024-09-20"', '"2025-02-30"'),
    /content\/timeline\/2024-09-20-statement\.mdx: field "date" must be a real date/],
  ["an unquoted date", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace('"2024-09-20"', "2024-13-45"),
    /content\/timeline\/2024-09-20-statement\.mdx: field "date" must be a real date/],
  ["a missing title", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace("title: The regulator speaks\n", ""),
    /content\/timeline\/2024-09-20-statement\.mdx: field "title" is missing/],
  ["an empty story title", "story.mdx", (t: string) => t.replace("title: The fixture story", 'title: ""'),
    /content\/story\.mdx: field "title" must not be empty/],
  ["two entries with the same anchor", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace("slug: statement", "slug: report"),
    /content\/timeline\/2024-09-report\.mdx: field "slug" "report" is already the anchor of content\/timeline\/2024-09-20-statement\.mdx/],
  ["an unknown region", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace("regions: [uk]", "regions: [mars]"),
    /content\/timeline\/2024-09-20-statement\.mdx: field "regions\[0\]" must be one of eu-eea/],
  ["an unknown frontmatter field", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace("regions: [uk]", "regions: [uk]\nauthor: me"),
    /content\/timeline\/2024-09-20-statement\.mdx: file has unknown field\(s\) "author"/],
  ["missing frontmatter", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace(/^---[\s\S]*?---\n/, ""),
    /content\/timeline\/2024-09-20-statement\.mdx: frontmatter is missing/],
  ["broken YAML", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace("regions: [uk]", "regions: [uk"),
    /content\/timeline\/2024-09-20-statement\.mdx: YAML cannot be read/],
  ["broken MDX", "story.mdx", (t: string) => `${t}\n<Callout>unclosed\n`,
    /content\/story\.mdx: body the MDX could not be compiled/],
  ["a source that nothing cites", "sources.yaml", (t: string) => `${t}  - id: orphan\n    publisher: P\n    title: T\n    date: "2024-01-01"\n    url: https://example.org/o\n    confidence: C2\n`,
    /content\/sources\.yaml: field "sources\[2\]\.id" "orphan" is not cited anywhere/],
  ["a source listed twice", "sources.yaml", (t: string) => t.replace("id: news-report", "id: regulator-statement"),
    /content\/sources\.yaml: field "sources\[1\]\.id" "regulator-statement" is already the id of sources\[0\]/],
  ["a source with a bad URL", "sources.yaml", (t: string) => t.replace("https://example.org/report", "not a url"),
    /content\/sources\.yaml: field "sources\[1\]\.url" must be an http\(s\) URL/],
  ["a recorded version that is not one Open Terms Archive recorded", "sources.yaml", (t: string) => t.replace("    confidence: C2", '    recordedVersion: { date: "2026-02-24", url: "https://example.org/copy" }\n    confidence: C2'),
    /content\/sources\.yaml: field "sources\[1\]\.recordedVersion\.url" must be the address of a version recorded by Open Terms Archive/],
  ["a source marked R", "sources.yaml", (t: string) => t.replace("confidence: C2", "confidence: R"),
    /content\/sources\.yaml: field "sources\[1\]\.confidence" must be C1 or C2/],
  ["a malformed last-reviewed date", "site.yaml", (t: string) => t.replace('"2026-01-15"', '"soon"'),
    /content\/site\.yaml: field "lastReviewed" must be a real calendar day/],
  ["a site address with a path", "site.yaml", (t: string) => t.replace("https://fixture.example", "https://fixture.example/site/"),
    /content\/site\.yaml: field "siteUrl" must be the site's address with no path/],
  ["a site address that is not https", "site.yaml", (t: string) => t.replace("https://fixture.example", "http://fixture.example"),
    /content\/site\.yaml: field "siteUrl" must be an https URL/],
  ["a site without its address", "site.yaml", (t: string) => t.replace("siteUrl: https://fixture.example\n", ""),
    /content\/site\.yaml: field "siteUrl" is missing/],
  ["an about page without a description", "about.mdx", (t: string) => t.replace("description: How the fixture site was made.\n", ""),
    /content\/about\.mdx: field "description" is missing/],
  ["a correction without a date", "corrections.yaml", (t: string) => t.replace('    date: "2025-01-02"\n', ""),
    /content\/corrections\.yaml: field "corrections\[0\]\.date" is missing/],
  ["a correction dated on no calendar day", "corrections.yaml", (t: string) => t.replace('"2025-01-02"', '"2025-02-30"'),
    /content\/corrections\.yaml: field "corrections\[0\]\.date" must be a real calendar day/],
  ["a correction with an empty text", "corrections.yaml", (t: string) => t.replace(/text: The statement entry[^\n]*/, 'text: ""'),
    /content\/corrections\.yaml: field "corrections\[0\]\.text" must not be empty/],
  ["a correction naming no page", "corrections.yaml", (t: string) => t.replace('pages: ["/timeline#statement"]', "pages: []"),
    /content\/corrections\.yaml: field "corrections\[0\]\.pages" must name at least one page/],
  ["a correction naming a page by a full address", "corrections.yaml", (t: string) => t.replace('"/timeline#statement"', '"https://fixture.example/timeline"'),
    /content\/corrections\.yaml: field "corrections\[0\]\.pages\[0\]" must be a path on this site/],
  ["a correction naming a timeline entry that does not exist", "corrections.yaml", (t: string) => t.replace("/timeline#statement", "/timeline#no-such-entry"),
    /content\/corrections\.yaml: field "corrections\[0\]\.pages\[0\]" names no timeline entry: "no-such-entry"/],
  ["a correction naming an unknown source", "corrections.yaml", (t: string) => t.replace("/sources#news-report", "/sources#nobody"),
    /content\/corrections\.yaml: field "corrections\[1\]\.pages\[1\]" names an unknown source id "nobody"/],
  ["a correction naming a region page that does not exist", "corrections.yaml", (t: string) => t.replace("/sources#news-report", "/region/zz"),
    /content\/corrections\.yaml: field "corrections\[1\]\.pages\[1\]" names no region page: "zz"/],
  ["two corrections with the same id", "corrections.yaml", (t: string) => t.replace("id: newer-fix", "id: older-fix"),
    /content\/corrections\.yaml: field "corrections\[1\]\.id" "older-fix" is already the id of corrections\[0\]/],
  ["a correction with an unknown field", "corrections.yaml", (t: string) => t.replace("    title: An older fix\n", "    title: An older fix\n    author: me\n"),
    /content\/corrections\.yaml: field "corrections\[0\]" has unknown field\(s\) "author"/],
  ["a corrections file without its list", "corrections.yaml", () => "fixes: []\n",
    /content\/corrections\.yaml: field "corrections" is missing/],
  ["two periods that overlap", "regions/jurisdictions.yaml", (t: string) => t.replace('from: "2025-11-03"', 'from: "2025-10-01"'),
    /content\/regions\/jurisdictions\.yaml: field "jurisdictions\[0\]\.periods\[1\]\.from" overlaps the period before/],
  ["periods that leave a gap", "regions/jurisdictions.yaml", (t: string) => t.replace('from: "2025-11-03"', 'from: "2025-12-01"'),
    /content\/regions\/jurisdictions\.yaml: field "jurisdictions\[0\]\.periods\[1\]\.from" leaves a gap/],
  ["periods that start after the range", "regions/jurisdictions.yaml", (t: string) => t.replace('rangeStart: "2024-09-18"', 'rangeStart: "2024-09-01"'),
    /content\/regions\/jurisdictions\.yaml: field "jurisdictions\[0\]\.periods\[0\]\.from" must be 2024-09-01/],
  ["an unknown status", "regions/jurisdictions.yaml", (t: string) => t.replace("status: excluded", "status: maybe"),
    /content\/regions\/jurisdictions\.yaml: field "jurisdictions\[0\]\.periods\[0\]\.status" must be one of used-by-default/],
  ["an unknown source id in a period", "regions/jurisdictions.yaml", (t: string) => t.replace("sources: [regulator-statement]", "sources: [nobody]"),
    /content\/regions\/jurisdictions\.yaml: field "jurisdictions\[0\]\.periods\[0\]\.sources\[0\]" names an unknown source id "nobody"/],
  ["a link to a timeline entry that does not exist", "regions/jurisdictions.yaml", (t: string) => t.replace("timeline: [statement]", "timeline: [no-such-entry]"),
    /content\/regions\/jurisdictions\.yaml: field "jurisdictions\[0\]\.periods\[0\]\.timeline\[0\]" names no timeline entry/],
  ["a code mapped twice", "regions/places.yaml", (t: string) => t.replace("code: FR,", "code: DE,"),
    /content\/regions\/places\.yaml: field "places\[\d+\]\.code" "DE" is already the code of places\[\d+\]: a place is mapped once/],
  ["a code not mapped at all", "regions/places.yaml", (t: string) => t.replace(/  - \{ code: JP[^\n]*\n/, ""),
    /content\/regions\/places\.yaml: field "places" does not map JP/],
  ["a code that is not ISO 3166-1", "regions/places.yaml", (t: string) => t.replace("code: JP,", "code: ZZ,"),
    /content\/regions\/places\.yaml: field "places\[\d+\]\.code" "ZZ" is not an ISO 3166-1 alpha-2 code/],
  ["a place in an unknown jurisdiction", "regions/places.yaml", (t: string) => t.replace("code: JP, jurisdiction: everywhere-else", "code: JP, jurisdiction: atlantis"),
    /content\/regions\/places\.yaml: field "places\[\d+\]\.jurisdiction" "atlantis" is not a jurisdiction/],
  ["a guide step without sources", "guide/desktop.yaml", (t: string) => t.replace("    sources: [news-report]\n  - id: switch-off", "  - id: switch-off"),
    /content\/guide\/desktop\.yaml: field "steps\[0\]\.sources" is missing/],
  ["a guide step with an unknown source", "guide/ios.yaml", (t: string) => t.replace("sources: [regulator-statement]", "sources: [nobody]"),
    /content\/guide\/ios\.yaml: field "finalCheck\.sources\[0\]" names an unknown source id "nobody"/],
  ["a guide step with an unknown drawing", "guide/android.yaml", (t: string) => t.replace("illustration: toggle", "illustration: screenshot"),
    /content\/guide\/android\.yaml: field "steps\[1\]\.illustration" must be one of desktop-me/],
  ["a guide step without a last-verified date", "guide/desktop.yaml", (t: string) => t.replace('    lastVerified: "2026-01-15"\n    sources: [news-report]\n  - id: switch-off', '    sources: [news-report]\n  - id: switch-off'),
    /content\/guide\/desktop\.yaml: field "steps\[0\]\.lastVerified" is missing/],
  ["two guide steps with the same id", "guide/mobile-web.yaml", (t: string) => t.replace("id: switch-off", "id: open"),
    /content\/guide\/mobile-web\.yaml: field "steps\[1\]\.id" "open" is already the id of steps\[0\]/],
  ["a guide file for the wrong platform", "guide/ios.yaml", (t: string) => t.replace("platform: ios", "platform: android"),
    /content\/guide\/ios\.yaml: field "platform" is "android" but the file is ios\.yaml/],
  ["a heading without a fixed id", "story.mdx", (t: string) => t.replace(" {/*what-happened*/}", ""),
    /content\/story\.mdx: line 6, heading "What happened" has no fixed id: end it with \{\/\*what-happened\*\/\}/],
  ["a correction linking to a heading the story does not have", "corrections.yaml", (t: string) => t.replace('"/timeline#statement"', '"/#what-was-said"'),
    /content\/corrections\.yaml: field "corrections\[0\]\.pages\[0\]" names no heading: "what-was-said" is not a fixed heading id on \//],
  ["a link in MDX to a heading the about page does not have", "about.mdx", (t: string) => t.replace("[link](/sources)", "[link](/about#nowhere)"),
    /content\/about\.mdx: line 8, link "\/about#nowhere" names no heading/],
  ["a link in MDX to a timeline entry that does not exist", "about.mdx", (t: string) => t.replace("[link](/sources)", "[link](/timeline#no-such-entry)"),
    /content\/about\.mdx: line 8, link "\/timeline#no-such-entry" names no timeline entry/],
  ["a direct link that is not a URL", "guide/common.yaml", (t: string) => t.replace("url: https://example.org/setting", "url: linkedin settings"),
    /content\/guide\/common\.yaml: field "directLink\.url" must be an http\(s\) URL/],
])("rejects %s, naming the file and the field", async (_kind, file, change, expected) => {
  await edit(file, change);
  expect(await loadError()).toMatch(expected);
});

test("loads the about page and the corrections log, newest first", async () => {
  const content = await load();
  expect(content.site.siteUrl).toBe("https://fixture.example");
  expect(content.about.frontmatter.title).toBe("About the fixture");
  expect(content.corrections.map((correction) => correction.id)).toEqual(["newer-fix", "older-fix"]);
  expect(content.corrections[0].pages).toEqual(["/", "/sources#news-report"]);
});

test("a missing corrections file or about page stops the build, naming the file", async () => {
  await rm(path.join(contentDir, "corrections.yaml"));
  await rm(path.join(contentDir, "about.mdx"));
  const message = await loadError();
  expect(message).toContain("content/corrections.yaml: file is missing or unreadable");
  expect(message).toContain("content/about.mdx: file is missing or unreadable");
});

test("reports every problem in one run, not only the first", async () => {
  await edit("timeline/2024-09-20-statement.mdx", (t) => t.replace('"2024-09-20"', '"bad"'));
  await edit("site.yaml", (t) => t.replace('"2026-01-15"', '"soon"'));
  const message = await loadError();
  expect(message).toMatch(/^2 problems in content\//);
  expect(message).toContain("2024-09-20-statement.mdx");
  expect(message).toContain("site.yaml");
});

test("a deep link to a fixed heading id loads, and a Cite inside an MDX comment cites nothing", async () => {
  await edit("corrections.yaml", (t) => t.replace('"/timeline#statement"', '"/#what-happened"'));
  await edit("story.mdx", (t) => `${t}\n{/* <Cite id="no-such-source" /> */}\n`);
  const content = await load();
  expect(content.story.headingIds).toEqual(["what-happened"]);
  expect(content.story.citedInBody).toEqual(["news-report", "regulator-statement"]);
});

test("reads a code like NO as the text NO, not as a YAML 1.1 boolean", async () => {
  await edit("regions/places.yaml", (t) => t.replace("code: NO, jurisdiction: everywhere-else", "code: NO, jurisdiction: left-out-then-in"));
  const content = await load();
  expect(content.regions.places.get("NO")?.jurisdiction).toBe("left-out-then-in");
});

test("a good file beside a broken one is not blamed", async () => {
  await edit("timeline/2024-09-20-statement.mdx", (t) => t.replace('"2024-09-20"', '"bad"'));
  const message = await loadError();
  expect(message).not.toContain("2024-09-report.mdx");
  expect(message).not.toContain("2024-09-10-earlier.mdx");
});

test("the compile cache: an unchanged file is not compiled again, in memory or from disk", async () => {
  const cacheDir = path.join(workDir, "cache");
  const first = new MdxCompiler(cacheDir);
  const compiled = await first.compile("# Hello {/*hello*/}\n\nWorld.", "a.mdx");
  await first.compile("# Hello {/*hello*/}\n\nWorld.", "a.mdx");
  expect(first.stats).toEqual({ compiled: 1, fromMemory: 1, fromDisk: 0 });
  expect(await readdir(cacheDir)).toHaveLength(1);

  const second = new MdxCompiler(cacheDir);
  expect(await second.compile("# Hello {/*hello*/}\n\nWorld.", "a.mdx")).toEqual(compiled);
  expect(second.stats).toEqual({ compiled: 0, fromMemory: 0, fromDisk: 1 });

  await second.compile("# Hello {/*hello*/}\n\nChanged.", "a.mdx");
  expect(second.stats.compiled).toBe(1);
});

test("the compile cache ignores a corrupt entry and compiles again", async () => {
  const cacheDir = path.join(workDir, "cache");
  await new MdxCompiler(cacheDir).compile("Text.", "a.mdx");
  const [entry] = await readdir(cacheDir);
  await writeFile(path.join(cacheDir, entry), "{ not json");
  const compiler = new MdxCompiler(cacheDir);
  expect((await compiler.compile("Text.", "a.mdx")).code).toContain("Text.");
  expect(compiler.stats.compiled).toBe(1);
});

test("compiles one file at a time, even when asked for several at once", async () => {
  let running = 0;
  let mostAtOnce = 0;
  const compiler = new MdxCompiler(null, async (body) => {
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    return { code: body, analysis: { citations: [], headingIds: [], siteLinks: [], paragraphs: [], problems: [] } };
  });
  const bodies = Array.from({ length: 4 }, (_, i) => `Paragraph ${i}.`);
  const compiled = await Promise.all(bodies.map((body) => compiler.compile(body, "x.mdx")));
  expect(compiled.map((result) => result.code)).toEqual(bodies);
  expect(mostAtOnce).toBe(1);
  expect(compiler.stats.compiled).toBe(4);
});

test("a failed compile names the file, and is not kept: the fixed text compiles", async () => {
  const compiler = new MdxCompiler(null);
  await expect(compiler.compile("<Callout>unclosed", "story.mdx")).rejects.toThrow(/^story\.mdx: the MDX could not be compiled/);
  expect((await compiler.compile("<Callout>closed</Callout>", "story.mdx")).code).toContain("closed");
});
