/** The site's settings, the bibliography, the MDX pages' frontmatter, the timeline and the corrections log. */
import { z } from "zod";
import { calendarDay, dayOrMonth, publicationDate, siteOrigin, sitePath, slug, text, webUrl } from "./primitives";

/** The places a timeline event can concern; "everyone" expands to all of them. */
export const timelineRegionIds = ["eu-eea", "switzerland", "uk", "canada", "hong-kong", "elsewhere"] as const;
export const timelineRegionId = z.enum(timelineRegionIds);
export const timelineRegion = z.enum([...timelineRegionIds, "everyone"], {
  error: `must be one of ${[...timelineRegionIds, "everyone"].join(", ")}`,
});

export const confidence = z.enum(["C1", "C2"], {
  error: "must be C1 or C2: R items of the fact sheet are never published as fact",
});

/**
 * The dated copy of a legal text that was read, as recorded by Open Terms Archive: the day the archive
 * recorded that version, and the address of that recorded version (a commit of one of its public
 * "…-versions" repositories on GitHub). The source's own `url` stays the page's address on its site.
 */
export const recordedVersionSchema = z.strictObject({
  date: calendarDay,
  url: webUrl.refine((value) => /^https:\/\/github\.com\/OpenTermsArchive\/[\w.-]+-versions\/(?:commit|blob)\/[0-9a-f]{7,40}(?:\/|$)/.test(value), {
    error: "must be the address of a version recorded by Open Terms Archive: https://github.com/OpenTermsArchive/<name>-versions/commit/<hash>",
  }),
});

export const sourceSchema = z.strictObject({
  id: slug,
  publisher: text,
  title: text,
  date: publicationDate,
  url: webUrl,
  archiveUrl: webUrl.optional(),
  /** For a legal text: the version read, as Open Terms Archive recorded it. */
  recordedVersion: recordedVersionSchema.optional(),
  /** How the text was read, when it was not on the publisher's own page. */
  note: text.optional(),
  confidence,
});

export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1, { error: "must list at least one source" }),
});

export const siteSchema = z.strictObject({
  name: text,
  tagline: text,
  description: text,
  lastReviewed: calendarDay,
  reportMistakeUrl: webUrl,
  siteUrl: siteOrigin,
});

/** A page written in MDX (the story, the about page): its title and the description shown in search results and shares. */
export const pageFrontmatterSchema = z.strictObject({
  title: text,
  description: text,
});
export const storyFrontmatterSchema = pageFrontmatterSchema;

/** One entry of the corrections log: what was wrong in content/, when it was fixed, and where. */
export const correctionSchema = z.strictObject({
  /** The entry's anchor: /about#<id>. Stable: the feed links to it. */
  id: slug,
  date: calendarDay,
  title: text,
  /** What the site said, and what it says now. */
  text,
  /** Where the corrected text is. */
  pages: z.array(sitePath).min(1, { error: "must name at least one page" }),
});

export const correctionsFileSchema = z.strictObject({
  corrections: z.array(correctionSchema),
});

export const timelineFrontmatterSchema = z.strictObject({
  title: text,
  /** The entry's anchor: /timeline#<slug>. Stable: links from elsewhere depend on it. */
  slug,
  date: dayOrMonth,
  /** How the date reads where the sources give no exact day, e.g. "Mid-September 2024". */
  dateLabel: text.optional(),
  /** Where an undated or ranged event sits among the dated ones. */
  sortAs: calendarDay.optional(),
  regions: z.array(timelineRegion).min(1, { error: "must name at least one region" }),
  sources: z.array(slug).min(1, { error: "must cite at least one source id" }),
});

export type Source = z.infer<typeof sourceSchema>;
export type SiteConfig = z.infer<typeof siteSchema>;
export type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type TimelineFrontmatter = z.infer<typeof timelineFrontmatterSchema>;
export type TimelineRegionId = (typeof timelineRegionIds)[number];
