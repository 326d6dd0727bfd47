/**
 * The one loader of `content/`: each file type has its reader in this folder, the checks between
 * files are in references.ts, and a mistake anywhere throws ContentErrors naming every file and
 * field at once, which fails the build (and, under `npm run dev`, shows in the page until fixed).
 */
import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import { cache } from "react";
import { pageFrontmatterSchema, placeReadingsSchema, siteSchema, storyFrontmatterSchema, translatedLabelsSchema } from "../schemas";
import { aboutPageSectionIds } from "../site-pages";
import type { SourceReference } from "../source-references";
import type { SiteContent } from "./site-content";
import { ContentError, ContentErrors } from "./content-error";
import { contentPath, readOptionalYamlFile, readYamlFile, type ReadContext } from "./files";
import { MdxCompiler } from "./mdx-compiler";
import { readMdxFile } from "./mdx-documents";
import { readBeyondTheSwitch } from "./beyond-the-switch";
import { readCorrections } from "./corrections";
import { readGuide } from "./guide";
import { readLinkedInLabels } from "./labels";
import { checkEverySourceCited, checkSitePaths, checkSourceIds, checkTimelineSlugs, type KnownTargets } from "./references";
import { readRegions } from "./regions";
import { readSources } from "./sources";
import { readTimeline } from "./timeline";
import { unmatchedTranslations } from "./translations";
import { defaultLocale, locales, type Locale } from "../i18n";

export type { CompiledDocument, Guide, SiteContent, TimelineEntry, UntranslatedPart } from "./site-content";
export { ContentError, ContentErrors } from "./content-error";

export interface LoadOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Where compiled MDX is kept between runs; null keeps it in memory only. */
  cacheDir: string | null;
  /** Shown in messages in place of the absolute path. */
  displayRoot?: string;
  /** The language to read: another language's words come from content/<lang>/ (English when left out). */
  locale?: Locale;
}

export async function loadSiteContent(options: LoadOptions): Promise<SiteContent> {
  const root = options.displayRoot ?? path.dirname(options.contentDir);
  const errors: ContentError[] = [];
  const context: ReadContext = {
    contentDir: options.contentDir,
    display: (absolute) => path.relative(root, absolute),
    errors,
    compiler: compilerFor(options.cacheDir),
  };
  const locale = options.locale ?? defaultLocale;
  if (locale !== defaultLocale) {
    context.translation = { locale: locale as Exclude<Locale, "en">, dir: path.join(options.contentDir, locale), read: new Set(), untranslated: [] };
  }

  const labels = await readLinkedInLabels(context);
  context.labels = labels ?? undefined;
  const site = await readYamlFile(context, contentPath(context, "site.yaml"), siteSchema);
  const sources = await readSources(context);
  const story = await readMdxFile(context, contentPath(context, "story.mdx"), storyFrontmatterSchema);
  const about = await readMdxFile(context, contentPath(context, "about.mdx"), pageFrontmatterSchema);
  const timeline = await readTimeline(context);
  const regions = await readRegions(context);
  const guide = await readGuide(context);
  const corrections = await readCorrections(context);
  const beyond = await readBeyondTheSwitch(context, {
    placeJurisdictions: regions ? new Map([...regions.data.places].map(([code, place]) => [code, place.jurisdiction])) : null,
  });

  const known: KnownTargets = {
    sourceIds: sources ? new Set(sources.byId.keys()) : null,
    timelineSlugs: timeline.slugs,
    placeCodes: regions ? new Set(regions.data.places.keys()) : null,
    anchors: new Map([
      ["/", story ? new Set(story.document.headingIds) : null],
      ["/about", about && corrections ? new Set([...about.document.headingIds, ...aboutPageSectionIds, ...corrections.corrections.map((c) => c.id)]) : null],
    ]),
  };
  const sourceReferences: { file: string; references: SourceReference[] }[] = [
    ...timeline.references,
    ...(guide?.references ?? []),
    ...(beyond?.references ?? []),
  ];
  if (story) sourceReferences.push({ file: story.document.file, references: story.citations });
  if (about) sourceReferences.push({ file: about.document.file, references: about.citations });
  if (regions) sourceReferences.push({ file: regions.file, references: regions.sourceReferences });
  for (const { file, references } of sourceReferences) checkSourceIds(context, file, references, known);
  if (regions) checkTimelineSlugs(context, regions.file, regions.timelineReferences, known);
  if (corrections) checkSitePaths(context, corrections.file, corrections.pages, known);
  for (const document of [story, about]) if (document) checkSitePaths(context, document.document.file, document.siteLinks, known);
  for (const link of timeline.siteLinks) checkSitePaths(context, link.file, [link], known);
  // A file that could not be read cites what it cites; until it is fixed, no source is called unused.
  const everyFileRead = story && about && timeline.slugs && regions && guide && beyond;
  if (sources && everyFileRead) {
    const cited = new Set(sourceReferences.flatMap(({ references }) => references.map((reference) => reference.id)));
    checkEverySourceCited(context, sources.file, sources.sources, cited);
  }

  const translatedLabels: SiteContent["translatedLabels"] = [];
  let placeReadings: SiteContent["placeReadings"] = {};
  if (context.translation) {
    // The language's own files, which translate no English file; a language that needs none leaves them out.
    const ownFile = { ...context, translation: undefined };
    const readingsFile = path.join(context.translation.dir, "place-readings.yaml");
    context.translation.read.add(readingsFile);
    placeReadings = (await readOptionalYamlFile(ownFile, readingsFile, placeReadingsSchema))?.readings ?? {};
    for (const code of Object.keys(placeReadings)) {
      if (regions && !regions.data.places.has(code)) errors.push(new ContentError(context.display(readingsFile), `field "readings.${code}"`, "is not a place of regions/places.yaml"));
    }
    const labelsFile = path.join(context.translation.dir, "guide", "labels.yaml");
    context.translation.read.add(labelsFile);
    const reported = (await readOptionalYamlFile(ownFile, labelsFile, translatedLabelsSchema))?.labels ?? [];
    reported.forEach(({ label, reported: wording }, index) => {
      if (!labels) return;
      if (labels[label] === undefined) errors.push(new ContentError(context.display(labelsFile), `field "labels[${index}].label"`, `"${label}" is not a label of content/guide/linkedin-labels.yaml`));
      else translatedLabels.push({ en: labels[label], reported: wording });
    });
    await unmatchedTranslations(context.translation, context.display);
  }

  if (errors.length > 0 || !labels || !site || !sources || !story || !about || !regions || !guide || !corrections || !beyond) throw new ContentErrors(errors);
  return {
    locale,
    translatedLabels,
    placeReadings,
    untranslated: context.translation?.untranslated ?? [],
    labels,
    site,
    sources: sources.sources,
    sourcesById: sources.byId,
    story: story.document,
    about: about.document,
    corrections: corrections.corrections,
    timeline: timeline.entries,
    regions: regions.data,
    guide: guide.guide,
    regulators: beyond.regulators,
    objectPage: beyond.objectPage,
  };
}

/**
 * The languages of the language list (lib/i18n.ts) that have content: English, whose files are
 * content/ itself, and each other language with a folder content/<lang>/. A language folder may
 * translate as much or as little as it likes: what it leaves out shows in English.
 */
export async function contentLanguages(contentDir: string = siteContentDir()): Promise<Locale[]> {
  const present = await Promise.all(
    locales.map(async (locale) => {
      if (locale === defaultLocale) return true;
      try {
        return (await stat(path.join(contentDir, locale))).isDirectory();
      } catch {
        return false;
      }
    }),
  );
  return locales.filter((_, index) => present[index]);
}

/** content/, or the folder CONTENT_DIR names (the benchmark's enlarged copy, the tests' edited copies). */
export function siteContentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
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

function loadFromDisk(locale: Locale): Promise<SiteContent> {
  return loadSiteContent({
    locale,
    contentDir: siteContentDir(),
    cacheDir: path.join(process.cwd(), "node_modules", ".cache", "default-on-mdx"),
  });
}

const loadedOnce = new Map<Locale, Promise<SiteContent>>();

/**
 * The site's own content. A build loads it once per process. Under `npm run dev` it is read again
 * for every request (once per request, shared by the layout, the page and its metadata), so an edit
 * shows on the next page load and a fixed mistake stops showing; the MDX cache, keyed by each file's
 * text, keeps that quick.
 */
export const getSiteContent = cache((locale: Locale = defaultLocale): Promise<SiteContent> => {
  if (process.env.NODE_ENV === "development") return loadFromDisk(locale);
  let loaded = loadedOnce.get(locale);
  if (!loaded) {
    loaded = loadFromDisk(locale);
    loadedOnce.set(locale, loaded);
  }
  return loaded;
});
