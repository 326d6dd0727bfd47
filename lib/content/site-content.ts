/**
 * What the loader gives the site: every content file, read, validated and cross-checked. Types only,
 * so pure modules and components can name them without pulling the loader into their bundle.
 */
import type { Locale } from "../i18n";
import type { RegionData } from "../region-rules";
import type {
  Correction,
  LinkedInLabels,
  GuideCommon,
  GuidePlatform,
  ObjectPageContent,
  PageFrontmatter,
  RegulatorsFile,
  SiteConfig,
  Source,
  TimelineFrontmatter,
  TimelineRegionId,
  TranslatedLabel,
} from "../schemas";

export interface CompiledDocument<Frontmatter> {
  /** Path as messages show it, e.g. "content/story.mdx". */
  file: string;
  frontmatter: Frontmatter;
  /** The compiled MDX module, rendered by components/mdx/MdxContent. */
  code: string;
  /** Source ids cited with <Cite> in the body, in order of first appearance. */
  citedInBody: string[];
  /** The fixed ids of the body's headings ({/*id*\/}), for deep links. */
  headingIds: string[];
  /** The body's words as plain paragraphs (citations dropped), for the feed and the open-data files. */
  paragraphs: string[];
}

export interface TimelineEntry extends CompiledDocument<TimelineFrontmatter> {
  slug: string;
  /** The regions the entry concerns, with "everyone" expanded. */
  regions: TimelineRegionId[];
  /** Frontmatter sources, then any cited only in the body. */
  sourceIds: string[];
}

export interface Guide {
  common: GuideCommon;
  /** In the order the guide lists them. */
  platforms: GuidePlatform[];
}

/** A part of a translation that shows in English for now, or translates English that is gone. */
export interface UntranslatedPart {
  /** The translation file, as messages name it ("content/ja/story.mdx"). */
  file: string;
  /** Its English file ("content/story.mdx"); empty for a file that translates none. */
  english: string;
  /** Which part: `field "steps[5].title"`, `line 12, paragraph “…”`, "file". */
  where: string;
  /** new: the English has it, the translation not yet; changed: the English changed since it was translated; leftover: translates English that is gone. */
  reason: "new" | "changed" | "leftover";
  /** What to record once it is translated (`steps.check.title: "1a2b3c4d"`), or what to do. */
  record: string;
}

export interface SiteContent {
  /** The language these words are in. */
  locale: Locale;
  /** LinkedIn's labels as reports give them in this language (none in English). */
  translatedLabels: TranslatedLabel[];
  /** Place code → how to type its name phonetically in this language (none in English). */
  placeReadings: Record<string, string[]>;
  /** What shows in English in this language for now (none in English), for `npm run translations`. */
  untranslated: UntranslatedPart[];
  /** LinkedIn's own labels by name, exactly as LinkedIn writes them (content/guide/linkedin-labels.yaml). */
  labels: LinkedInLabels;
  site: SiteConfig;
  sources: Source[];
  sourcesById: ReadonlyMap<string, Source>;
  story: CompiledDocument<PageFrontmatter>;
  about: CompiledDocument<PageFrontmatter>;
  /** What was corrected in content/, newest first. */
  corrections: Correction[];
  /** In date order. */
  timeline: TimelineEntry[];
  regions: RegionData;
  guide: Guide;
  /** Data protection authorities, shown on region pages and /object. */
  regulators: RegulatorsFile;
  /** The words of /object. */
  objectPage: ObjectPageContent;
}
