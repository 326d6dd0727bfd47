/**
 * The one loader of `content/`: reads every file, validates it with the schemas,
 * checks the references between files, and compiles the MDX. A mistake anywhere
 * throws ContentErrors naming each file and field, which fails the build.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { readBeyondTheSwitch } from "./beyond-the-switch.server";
import { ContentError, ContentErrors } from "./content-error";
import { isCountryCode, countryCodes } from "./iso-3166";
import { MdxCompiler } from "./mdx-compiler.server";
import { periodProblems, type RegionData } from "./region-rules";
import {
  correctionsFileSchema,
  guideCommonSchema,
  guidePlatformIds,
  guidePlatformSchema,
  jurisdictionsFileSchema,
  pageFrontmatterSchema,
  placesFileSchema,
  siteSchema,
  sourcesFileSchema,
  storyFrontmatterSchema,
  timelineFrontmatterSchema,
  timelineRegionIds,
  type Correction,
  type PageFrontmatter,
  type SiteConfig,
  type Source,
  type StoryFrontmatter,
  type TimelineFrontmatter,
  type TimelineRegionId,
  type Jurisdiction,
  type Place,
  type GuideCommon,
  type GuidePlatform,
  type ObjectPageContent,
  type RegulatorsFile,
} from "./schemas";

export interface CompiledDocument<Frontmatter> {
  /** Path relative to the project, e.g. "content/story.mdx". */
  file: string;
  frontmatter: Frontmatter;
  /** The MDX source after the frontmatter. */
  body: string;
  code: string;
  /** Source ids cited with <Cite> in the body, in order of first appearance. */
  citedInBody: string[];
  /** The file line of each id's first <Cite>, for messages. */
  citeLines: ReadonlyMap<string, number>;
}

export interface TimelineEntry extends CompiledDocument<TimelineFrontmatter> {
  slug: string;
  /** The regions the entry concerns, with "everyone" expanded. */
  regions: TimelineRegionId[];
  /** Frontmatter sources, then any cited only in the body. */
  sourceIds: string[];
}

export interface CitingPlace {
  label: string;
  href: string;
}

export interface SiteContent {
  site: SiteConfig;
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
  story: CompiledDocument<StoryFrontmatter>;
  about: CompiledDocument<PageFrontmatter>;
  /** What was corrected in content/, newest first. */
  corrections: Correction[];
  /** In date order. */
  timeline: TimelineEntry[];
  /** For each source id, where on the site it is cited. */
  citedIn: ReadonlyMap<string, CitingPlace[]>;
  regions: RegionData;
  guide: { common: GuideCommon; platforms: GuidePlatform[] };
  /** Data protection authorities, shown on region pages and /object. */
  regulators: RegulatorsFile;
  /** The words of /object. */
  objectPage: ObjectPageContent;
}

export interface LoadOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Where compiled MDX is kept between runs; null keeps it in memory only. */
  cacheDir: string | null;
  /** Shown in messages in place of the absolute path. */
  displayRoot?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const CITE_TAG = /<Cite\b([^>]*?)\/?>/g;
const CITE_ID = /^\s*id=(["'])([^"']*)\1\s*$/;

export async function loadSiteContent(options: LoadOptions): Promise<SiteContent> {
  const compiler = compilerFor(options.cacheDir);
  const display = (absolute: string) => path.relative(options.displayRoot ?? path.dirname(options.contentDir), absolute);
  const errors: ContentError[] = [];

  const site = await readYamlFile(path.join(options.contentDir, "site.yaml"), siteSchema, display, errors);
  const sourcesFile = path.join(options.contentDir, "sources.yaml");
  const sourcesData = await readYamlFile(sourcesFile, sourcesFileSchema, display, errors);
  const sources = sourcesData?.sources ?? [];
  const sourcesById = new Map<string, Source>();
  sources.forEach((source, index) => {
    if (sourcesById.has(source.id)) {
      errors.push(new ContentError(display(sourcesFile), `field "sources[${index}].id"`, `"${source.id}" is listed twice`));
    }
    sourcesById.set(source.id, source);
  });

  const story = await readMdxFile(path.join(options.contentDir, "story.mdx"), storyFrontmatterSchema, compiler, display, errors);
  const about = await readMdxFile(path.join(options.contentDir, "about.mdx"), pageFrontmatterSchema, compiler, display, errors);

  const timelineDir = path.join(options.contentDir, "timeline");
  const timelineFiles = (await listFiles(timelineDir, errors, display)).filter((name) => name.endsWith(".mdx")).sort();
  const timeline: TimelineEntry[] = [];
  const slugOwners = new Map<string, string>();
  let everyTimelineFileRead = true;
  for (const name of timelineFiles) {
    const document = await readMdxFile(path.join(timelineDir, name), timelineFrontmatterSchema, compiler, display, errors);
    if (!document) {
      everyTimelineFileRead = false;
      continue;
    }
    const { slug } = document.frontmatter;
    const owner = slugOwners.get(slug);
    if (owner) {
      errors.push(new ContentError(document.file, `field "slug"`, `"${slug}" is already the anchor of ${owner}`));
      continue;
    }
    slugOwners.set(slug, document.file);
    timeline.push({
      ...document,
      slug,
      regions: expandRegions(document.frontmatter.regions),
      sourceIds: unique([...document.frontmatter.sources, ...document.citedInBody]),
    });
  }
  timeline.sort(compareTimelineEntries);

  const regions = await readRegions(options.contentDir, display, errors, {
    sourceIds: sourcesData ? new Set(sourcesById.keys()) : null,
    // A broken timeline file's slug is unknown, so links to it cannot be judged until it is fixed.
    timelineSlugs: everyTimelineFileRead ? new Set(slugOwners.keys()) : null,
  });

  const guide = await readGuide(options.contentDir, display, errors, sourcesData ? new Set(sourcesById.keys()) : null);

  const beyond = await readBeyondTheSwitch(options.contentDir, (file, schema) => readYamlFile(file, schema, display, errors), display, errors, {
    sourceIds: sourcesData ? new Set(sourcesById.keys()) : null,
    placeJurisdictions: regions ? new Map([...regions.places].map(([code, place]) => [code, place.jurisdiction])) : null,
  });

  // References between files: every citation names a listed source.
  if (sourcesData) {
    const checkIds = (file: string, ids: string[], field: (id: string, index: number) => string) => {
      ids.forEach((id, index) => {
        if (!sourcesById.has(id)) errors.push(new ContentError(file, field(id, index), `names an unknown source id "${id}"`));
      });
    };
    const citeField = (document: CompiledDocument<unknown>) => (id: string) => `line ${document.citeLines.get(id)}, <Cite id="${id}">`;
    if (story) checkIds(story.file, story.citedInBody, citeField(story));
    if (about) checkIds(about.file, about.citedInBody, citeField(about));
    for (const entry of timeline) {
      checkIds(entry.file, entry.frontmatter.sources, (_id, index) => `field "sources[${index}]"`);
      checkIds(entry.file, entry.citedInBody, citeField(entry));
    }
  }

  const citedIn = new Map<string, CitingPlace[]>();
  const addPlace = (id: string, place: CitingPlace) => {
    const places = citedIn.get(id) ?? [];
    if (!places.some((known) => known.href === place.href)) places.push(place);
    citedIn.set(id, places);
  };
  if (story) story.citedInBody.forEach((id) => addPlace(id, { label: "The story", href: "/" }));
  if (about) about.citedInBody.forEach((id) => addPlace(id, { label: "About this site", href: "/about" }));
  for (const entry of timeline) {
    entry.sourceIds.forEach((id) => addPlace(id, { label: `Timeline: ${entry.frontmatter.title}`, href: `/timeline#${entry.slug}` }));
  }
  if (regions) {
    for (const id of regions.whatToDo.flatMap((item) => item.sources)) addPlace(id, { label: "Region checker", href: "/region" });
    for (const jurisdiction of regions.jurisdictions.values()) {
      const firstPlace = [...regions.places.values()].find((place) => place.jurisdiction === jurisdiction.id);
      if (!firstPlace) continue;
      const place = { label: `Region checker: ${jurisdiction.name}`, href: `/region/${firstPlace.code.toLowerCase()}` };
      for (const id of jurisdictionSourceIds(jurisdiction)) addPlace(id, place);
    }
  }
  if (guide) {
    for (const id of guideCommonSourceIds(guide.common)) addPlace(id, { label: "Opt-out guide", href: "/guide" });
    for (const platform of guide.platforms) {
      const place = { label: `Opt-out guide: ${platform.name}`, href: `/guide/${platform.platform}` };
      for (const id of guidePlatformSourceIds(platform)) addPlace(id, place);
    }
  }
  if (beyond) {
    for (const { id, label, href } of beyond.citations) addPlace(id, { label, href });
  }
  sources.forEach((source, index) => {
    if (!citedIn.has(source.id)) {
      errors.push(new ContentError(display(sourcesFile), `field "sources[${index}].id"`, `"${source.id}" is not cited anywhere: cite it or remove it`));
    }
  });

  const corrections = await readCorrections(options.contentDir, display, errors, {
    sourceIds: sourcesData ? new Set(sourcesById.keys()) : null,
    timelineSlugs: everyTimelineFileRead ? new Set(slugOwners.keys()) : null,
    placeCodes: regions ? new Set(regions.places.keys()) : null,
  });

  if (errors.length > 0 || !site || !story || !about || !regions || !guide || !corrections || !beyond) throw new ContentErrors(errors);
  return { site, sources, sourcesById, story, about, corrections, timeline, citedIn, regions, guide, regulators: beyond.regulators, objectPage: beyond.objectPage };
}

export function guideCommonSourceIds(common: GuideCommon): string[] {
  return unique([...common.directLink.sources, ...common.expectations.flatMap((item) => item.sources), ...common.afterwards.flatMap((item) => item.sources)]);
}

export function guidePlatformSourceIds(platform: GuidePlatform): string[] {
  return unique([...platform.noteSources, ...platform.steps.flatMap((step) => step.sources), ...platform.finalCheck.sources]);
}

async function readGuide(
  contentDir: string,
  display: (p: string) => string,
  errors: ContentError[],
  knownSources: ReadonlySet<string> | null,
): Promise<{ common: GuideCommon; platforms: GuidePlatform[] } | null> {
  const guideDir = path.join(contentDir, "guide");
  const errorsBefore = errors.length;
  const commonPath = path.join(guideDir, "common.yaml");
  const common = await readYamlFile(commonPath, guideCommonSchema, display, errors);
  const checkSources = (file: string, field: string, ids: string[]) => {
    ids.forEach((id, index) => {
      if (knownSources && !knownSources.has(id)) errors.push(new ContentError(file, `field "${field}[${index}]"`, `names an unknown source id "${id}"`));
    });
  };
  if (common) {
    const file = display(commonPath);
    checkSources(file, "directLink.sources", common.directLink.sources);
    common.expectations.forEach((item, index) => checkSources(file, `expectations[${index}].sources`, item.sources));
    common.afterwards.forEach((item, index) => checkSources(file, `afterwards[${index}].sources`, item.sources));
  }
  const platforms: GuidePlatform[] = [];
  for (const id of guidePlatformIds) {
    const platformPath = path.join(guideDir, `${id}.yaml`);
    const platform = await readYamlFile(platformPath, guidePlatformSchema, display, errors);
    if (!platform) continue;
    const file = display(platformPath);
    if (platform.platform !== id) {
      errors.push(new ContentError(file, `field "platform"`, `is "${platform.platform}" but the file is ${id}.yaml: they must match`));
    }
    const stepIds = new Set<string>();
    platform.steps.forEach((step, index) => {
      if (stepIds.has(step.id)) errors.push(new ContentError(file, `field "steps[${index}].id"`, `"${step.id}" is used by another step`));
      stepIds.add(step.id);
      checkSources(file, `steps[${index}].sources`, step.sources);
    });
    checkSources(file, "finalCheck.sources", platform.finalCheck.sources);
    checkSources(file, "noteSources", platform.noteSources);
    platforms.push(platform);
  }
  if (errors.length > errorsBefore || !common) return null;
  return { common, platforms: platforms.sort((a, b) => a.order - b.order) };
}

/**
 * The corrections log, newest first. Each page it names must exist: anchors are checked against the
 * timeline's slugs and the sources' ids, region pages against the mapped codes.
 */
async function readCorrections(
  contentDir: string,
  display: (p: string) => string,
  errors: ContentError[],
  known: { sourceIds: ReadonlySet<string> | null; timelineSlugs: ReadonlySet<string> | null; placeCodes: ReadonlySet<string> | null },
): Promise<Correction[] | null> {
  const file = path.join(contentDir, "corrections.yaml");
  const shown = display(file);
  const data = await readYamlFile(file, correctionsFileSchema, display, errors);
  if (!data) return null;
  const errorsBefore = errors.length;
  const ids = new Map<string, number>();
  data.corrections.forEach((correction, index) => {
    const at = `corrections[${index}]`;
    const earlier = ids.get(correction.id);
    if (earlier !== undefined) errors.push(new ContentError(shown, `field "${at}.id"`, `"${correction.id}" is already the id of corrections[${earlier}]`));
    else ids.set(correction.id, index);
    correction.pages.forEach((page, p) => {
      const problem = sitePathProblem(page, known);
      if (problem) errors.push(new ContentError(shown, `field "${at}.pages[${p}]"`, problem));
    });
  });
  if (errors.length > errorsBefore) return null;
  return data.corrections
    .map((correction, index) => ({ correction, index }))
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.index - b.index)
    .map(({ correction }) => correction);
}

/** Why a path in content/ names nothing on the site, or null when it does (or cannot be judged yet). */
function sitePathProblem(
  page: string,
  known: { sourceIds: ReadonlySet<string> | null; timelineSlugs: ReadonlySet<string> | null; placeCodes: ReadonlySet<string> | null },
): string | null {
  const [pathname, anchor] = page.split("#");
  if (pathname === "/timeline" && anchor && known.timelineSlugs && !known.timelineSlugs.has(anchor)) {
    return `names no timeline entry: "${anchor}" is not the slug of any file in content/timeline/`;
  }
  if (pathname === "/sources" && anchor && known.sourceIds && !known.sourceIds.has(anchor)) {
    return `names an unknown source id "${anchor}"`;
  }
  const region = /^\/region\/([a-z]{2})$/.exec(pathname);
  if (region && known.placeCodes && !known.placeCodes.has(region[1].toUpperCase())) {
    return `names no region page: "${region[1]}" is not a mapped code`;
  }
  return null;
}

/** Every source a jurisdiction's page cites: its periods', then its advice's. */
export function jurisdictionSourceIds(jurisdiction: Jurisdiction): string[] {
  return unique([...jurisdiction.periods.flatMap((period) => period.sources), ...jurisdiction.adviceSources]);
}

async function readRegions(
  contentDir: string,
  display: (p: string) => string,
  errors: ContentError[],
  known: { sourceIds: ReadonlySet<string> | null; timelineSlugs: ReadonlySet<string> | null },
): Promise<RegionData | null> {
  const jurisdictionsPath = path.join(contentDir, "regions", "jurisdictions.yaml");
  const placesPath = path.join(contentDir, "regions", "places.yaml");
  const jurisdictionsFile = display(jurisdictionsPath);
  const placesFile = display(placesPath);
  const errorsBefore = errors.length;
  const jurisdictionsData = await readYamlFile(jurisdictionsPath, jurisdictionsFileSchema, display, errors);
  const placesData = await readYamlFile(placesPath, placesFileSchema, display, errors);
  if (!jurisdictionsData || !placesData) return null;

  jurisdictionsData.whatToDo.forEach((item, i) => {
    item.sources.forEach((id, s) => {
      if (known.sourceIds && !known.sourceIds.has(id)) {
        errors.push(new ContentError(jurisdictionsFile, `field "whatToDo[${i}].sources[${s}]"`, `names an unknown source id "${id}"`));
      }
    });
  });
  const jurisdictions = new Map<string, Jurisdiction>();
  jurisdictionsData.jurisdictions.forEach((jurisdiction, j) => {
    const at = `jurisdictions[${j}]`;
    if (jurisdictions.has(jurisdiction.id)) {
      errors.push(new ContentError(jurisdictionsFile, `field "${at}.id"`, `"${jurisdiction.id}" is listed twice`));
    }
    jurisdictions.set(jurisdiction.id, jurisdiction);
    for (const problem of periodProblems(jurisdiction.periods, jurisdictionsData.rangeStart)) {
      const field = problem.field === "periods" ? `${at}.periods` : `${at}.periods[${problem.index}].${problem.field}`;
      errors.push(new ContentError(jurisdictionsFile, `field "${field}"`, problem.problem));
    }
    jurisdiction.periods.forEach((period, p) => {
      period.sources.forEach((id, s) => {
        if (known.sourceIds && !known.sourceIds.has(id)) {
          errors.push(new ContentError(jurisdictionsFile, `field "${at}.periods[${p}].sources[${s}]"`, `names an unknown source id "${id}"`));
        }
      });
      period.timeline.forEach((slug, t) => {
        if (known.timelineSlugs && !known.timelineSlugs.has(slug)) {
          errors.push(new ContentError(jurisdictionsFile, `field "${at}.periods[${p}].timeline[${t}]"`, `names no timeline entry: "${slug}" is not the slug of any file in content/timeline/`));
        }
      });
    });
    jurisdiction.adviceSources.forEach((id, s) => {
      if (known.sourceIds && !known.sourceIds.has(id)) {
        errors.push(new ContentError(jurisdictionsFile, `field "${at}.adviceSources[${s}]"`, `names an unknown source id "${id}"`));
      }
    });
  });

  const places = new Map<string, Place>();
  const firstIndex = new Map<string, number>();
  placesData.places.forEach((place, index) => {
    const at = `places[${index}]`;
    if (!isCountryCode(place.code)) {
      errors.push(new ContentError(placesFile, `field "${at}.code"`, `"${place.code}" is not an ISO 3166-1 alpha-2 code (or XK)`));
      return;
    }
    const earlier = firstIndex.get(place.code);
    if (earlier !== undefined) {
      errors.push(new ContentError(placesFile, `field "${at}.code"`, `"${place.code}" is mapped twice: it is already places[${earlier}]`));
      return;
    }
    firstIndex.set(place.code, index);
    if (!jurisdictions.has(place.jurisdiction)) {
      errors.push(new ContentError(placesFile, `field "${at}.jurisdiction"`, `"${place.jurisdiction}" is not a jurisdiction in ${jurisdictionsFile}`));
    }
    places.set(place.code, place);
  });
  const unmapped = countryCodes.filter((code) => !firstIndex.has(code));
  if (unmapped.length > 0) {
    errors.push(new ContentError(placesFile, `field "places"`, `does not map ${unmapped.join(", ")}: every code must be mapped to one jurisdiction`));
  }
  const used = new Set([...places.values()].map((place) => place.jurisdiction));
  jurisdictionsData.jurisdictions.forEach((jurisdiction, j) => {
    if (!used.has(jurisdiction.id)) {
      errors.push(new ContentError(jurisdictionsFile, `field "jurisdictions[${j}].id"`, `"${jurisdiction.id}" has no place mapped to it in ${placesFile}`));
    }
  });

  if (errors.length > errorsBefore) return null;
  return { rangeStart: jurisdictionsData.rangeStart, whatToDo: jurisdictionsData.whatToDo, jurisdictions, places };
}

export function expandRegions(regions: TimelineFrontmatter["regions"]): TimelineRegionId[] {
  if (regions.includes("everyone")) return [...timelineRegionIds];
  return timelineRegionIds.filter((id) => regions.includes(id));
}

/** The day an entry is filed under: its sortAs, else its date (the 1st if only the month is known). */
export function timelineEntryDay(entry: TimelineEntry): string {
  const { sortAs, date } = entry.frontmatter;
  return sortAs ?? (date.length === 7 ? `${date}-01` : date);
}

function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  const keyA = a.frontmatter.sortAs ?? a.frontmatter.date;
  const keyB = b.frontmatter.sortAs ?? b.frontmatter.date;
  return keyA.localeCompare(keyB) || a.file.localeCompare(b.file);
}

async function listFiles(dir: string, errors: ContentError[], display: (p: string) => string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    errors.push(new ContentError(display(dir), "folder", "is missing"));
    return [];
  }
}

async function readText(file: string, errors: ContentError[], display: (p: string) => string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch {
    errors.push(new ContentError(display(file), "file", "is missing or unreadable"));
    return null;
  }
}

function parseYaml(text: string, file: string, errors: ContentError[]): unknown {
  // YAML 1.2's core schema: dates stay strings, so "2024-13-45" is caught rather than rolled over.
  const document = YAML.parseDocument(text, { schema: "core", prettyErrors: true });
  if (document.errors.length > 0) {
    errors.push(new ContentError(file, "YAML", `cannot be read: ${document.errors[0].message}`));
    return undefined;
  }
  return document.toJS();
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, errors: ContentError[], fieldPrefix = ""): T | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = issue.path.length > 0 ? `field "${fieldPrefix}${formatPath(issue.path)}"` : fieldPrefix ? `field "${fieldPrefix.replace(/\.$/, "")}"` : "file";
    errors.push(new ContentError(file, where, describeIssue(issue)));
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  if (issue.code === "invalid_type" && issue.input === undefined) return "is missing";
  return issue.message;
}

function formatPath(segments: PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

async function readYamlFile<T>(file: string, schema: z.ZodType<T>, display: (p: string) => string, errors: ContentError[]): Promise<T | null> {
  const text = await readText(file, errors, display);
  if (text === null) return null;
  const data = parseYaml(text, display(file), errors);
  if (data === undefined) return null;
  return validate(schema, data, display(file), errors);
}

async function readMdxFile<F>(
  file: string,
  schema: z.ZodType<F>,
  compiler: MdxCompiler,
  display: (p: string) => string,
  errors: ContentError[],
): Promise<CompiledDocument<F> | null> {
  const shown = display(file);
  const text = await readText(file, errors, display);
  if (text === null) return null;
  const match = FRONTMATTER.exec(text);
  if (!match) {
    errors.push(new ContentError(shown, "frontmatter", "is missing: start the file with a block between two --- lines"));
    return null;
  }
  const data = parseYaml(match[1], shown, errors);
  if (data === undefined) return null;
  const frontmatter = validate(schema, data ?? {}, shown, errors);
  const body = text.slice(match[0].length);
  const citeLines = findCitations(body, shown, errors, lineOffset(text, match[0].length));
  if (!frontmatter) return null;
  try {
    const code = await compiler.compile(body, shown);
    return { file: shown, frontmatter, body, code, citedInBody: [...citeLines.keys()], citeLines };
  } catch (error) {
    errors.push(new ContentError(shown, "body", error instanceof Error ? error.message.replace(`${shown}: `, "") : String(error)));
    return null;
  }
}

/** Every <Cite> in a body: each id, in order of first appearance, with the file line it is on. */
function findCitations(body: string, file: string, errors: ContentError[], bodyStartLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  for (const match of body.matchAll(CITE_TAG)) {
    const line = bodyStartLine + lineOffset(body, match.index) - 1;
    const id = CITE_ID.exec(match[1])?.[2];
    if (!id) {
      errors.push(new ContentError(file, `line ${line}, ${match[0]}`, `must have exactly one attribute, a quoted id: <Cite id="source-id" />`));
      continue;
    }
    if (!lines.has(id)) lines.set(id, line);
  }
  return lines;
}

function lineOffset(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const compilers = new Map<string, MdxCompiler>();
function compilerFor(cacheDir: string | null): MdxCompiler {
  const key = cacheDir ?? "";
  let compiler = compilers.get(key);
  if (!compiler) {
    compiler = new MdxCompiler(cacheDir);
    compilers.set(key, compiler);
  }
  return compiler;
}

let siteContent: Promise<SiteContent> | null = null;

/**
 * The site's own content, loaded once per process. CONTENT_DIR points a build at another
 * content folder (the benchmark's enlarged copy, the tests' broken files).
 */
export function getSiteContent(): Promise<SiteContent> {
  siteContent ??= loadSiteContent({
    contentDir: path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content")),
    cacheDir: path.join(process.cwd(), "node_modules", ".cache", "default-on-mdx"),
  });
  return siteContent;
}
