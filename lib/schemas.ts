/**
 * Every shape of content in `content/`, in one place. Types are inferred from these
 * schemas; nothing here is written twice.
 */
import { z } from "zod";
import { isCalendarDay, isCalendarMonth, isCalendarYear } from "./dates";

export const calendarDay = z
  .string({ error: "must be a date written in quotes as YYYY-MM-DD" })
  .refine(isCalendarDay, { error: "must be a real calendar day written YYYY-MM-DD" });

export const dayOrMonth = z
  .string({ error: "must be a date written in quotes as YYYY-MM-DD or YYYY-MM" })
  .refine((value) => isCalendarDay(value) || isCalendarMonth(value), {
    error: "must be a real date written YYYY-MM-DD, or YYYY-MM where only the month is known",
  });

/** A publication date: as exact as the source allows. */
export const publicationDate = z
  .string({ error: "must be a date written in quotes as YYYY-MM-DD, YYYY-MM or YYYY" })
  .refine((value) => isCalendarDay(value) || isCalendarMonth(value) || isCalendarYear(value), {
    error: "must be a real date written YYYY-MM-DD, or YYYY-MM or YYYY where only the month or year is known",
  });

export const slug = z
  .string({ error: "is required" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase letters, digits and single hyphens" });

const text = z.string({ error: "is required" }).trim().min(1, { error: "must not be empty" });
const webUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/**
 * The site's public address, an https origin only: canonical links, the sitemap, the feed and the
 * social cards are built from it. No path, because every link on the site starts at its root.
 */
const siteOrigin = z
  .url({ protocol: /^https$/, error: "must be an https URL, such as https://example.org" })
  .refine((value) => {
    const url = new URL(value);
    return url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "" && url.password === "";
  }, { error: "must be the site's address with no path, query or fragment, such as https://example.org" })
  .transform((value) => new URL(value).origin);

/** A path on this site, optionally with an anchor: "/", "/timeline#ico-statement-2024". */
const sitePath = z
  .string({ error: "is required" })
  .regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, {
    error: 'must be a path on this site starting with "/", optionally with an anchor, such as /timeline#ico-statement-2024',
  });

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

const sourceIds = z.array(slug).min(1, { error: "must cite at least one source id" });

/** A sentence or two of content with the sources that support it. */
export const citedText = z.strictObject({ title: text.optional(), text, sources: sourceIds });

/* ---- Regions: whether a place's members' data was used by default, and when ---- */

export const regionStatusValues = ["used-by-default", "excluded", "uncertain"] as const;
export const regionStatusSchema = z.enum(regionStatusValues, {
  error: `must be one of ${regionStatusValues.join(", ")}`,
});

export const periodSchema = z.strictObject({
  from: calendarDay,
  /** The period's last day, inclusive. Only the current (last) period leaves it out. */
  to: calendarDay.optional(),
  status: regionStatusSchema,
  reason: text,
  /** What the sources leave open about this period, said with the verdict. */
  caveat: text.optional(),
  sources: z.array(slug).min(1, { error: "must cite at least one source id" }),
  /** Anchors of the timeline entries that brought this period about. */
  timeline: z.array(slug).default([]),
});

export const jurisdictionSchema = z.strictObject({
  id: slug,
  /** Reads after "members in": "the European Union", "Canada", "everywhere else". */
  name: text,
  why: text,
  advice: text.optional(),
  adviceSources: z.array(slug).default([]),
  periods: z.array(periodSchema).min(1, { error: "must have at least one period" }),
});

export const jurisdictionsFileSchema = z.strictObject({
  rangeStart: calendarDay,
  /** What a reader anywhere can do, shown on every region page. */
  whatToDo: z.array(citedText).min(1),
  jurisdictions: z.array(jurisdictionSchema).min(1),
});

export const placeSchema = z.strictObject({
  code: z.string({ error: "is required" }).regex(/^[A-Z]{2}$/, { error: "must be two capital letters (ISO 3166-1 alpha-2)" }),
  jurisdiction: slug,
  note: text.optional(),
});

export const placesFileSchema = z.strictObject({
  places: z.array(placeSchema).min(1),
});

export type RegionStatus = z.infer<typeof regionStatusSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type Place = z.infer<typeof placeSchema>;

/* ---- The opt-out guide ---- */

export const guidePlatformIds = ["desktop", "ios", "android", "mobile-web"] as const;
export const guidePlatformId = z.enum(guidePlatformIds, { error: `must be one of ${guidePlatformIds.join(", ")}` });

/** The drawings the guide can show; each is drawn for this site in components/guide/ScreenDrawing.tsx. */
export const illustrationIds = [
  "desktop-me",
  "desktop-menu",
  "desktop-sidebar",
  "desktop-section",
  "toggle",
  "check-off",
  "app-photo",
  "app-menu",
  "app-settings",
  "app-section",
  "app-toggle",
  "app-check-off",
  "phone-link",
  "phone-sign-in",
] as const;
export const illustrationId = z.enum(illustrationIds, { error: `must be one of ${illustrationIds.join(", ")}` });

export const guideStepSchema = z.strictObject({
  id: slug,
  title: text,
  /** LinkedIn's own labels are marked **like this**. */
  text,
  illustration: illustrationId,
  /** What the drawing shows, for readers who cannot see it. */
  alt: text,
  lastVerified: calendarDay,
  sources: sourceIds,
});

export const guidePlatformSchema = z.strictObject({
  platform: guidePlatformId,
  name: text,
  device: text,
  /** Position on the guide's platform list. */
  order: z.number().int().positive(),
  note: text.optional(),
  noteSources: z.array(slug).default([]),
  steps: z.array(guideStepSchema).min(1, { error: "must have at least one step" }),
  finalCheck: guideStepSchema.omit({ id: true }),
});

export const guideCommonSchema = z.strictObject({
  directLink: z.strictObject({ url: webUrl, text, sources: sourceIds }),
  expectations: z.array(citedText).min(1),
  afterwards: z.array(citedText).min(1),
});

export type GuidePlatformId = (typeof guidePlatformIds)[number];
export type GuideStep = z.infer<typeof guideStepSchema>;
export type GuidePlatform = z.infer<typeof guidePlatformSchema>;
export type GuideCommon = z.infer<typeof guideCommonSchema>;

/* ---- Regulators, and objecting beyond the switch ---- */

const countryCode = z.string({ error: "is required" }).regex(/^[A-Z]{2}$/, { error: "must be two capital letters (ISO 3166-1 alpha-2)" });

/** A data protection authority and what it said about LinkedIn's AI training. */
export const regulatorSchema = z.strictObject({
  id: slug,
  /** Its own name, with the short form readers meet: "Data Protection Commission (DPC)". */
  name: text,
  /** The country it is the authority of, as a phrase: "Ireland's". */
  of: text,
  /** The places whose own authority it is (upper-case codes of places.yaml). */
  places: z.array(countryCode).min(1, { error: "must name at least one place" }),
  /** Its website, where it explains how to raise a concern or complain. */
  website: webUrl,
  /** What it said, in our words, with marked quotations. */
  said: text,
  sources: sourceIds,
});

export const regulatorsFileSchema = z.strictObject({
  /** The authority that leads for LinkedIn across some jurisdictions (the DPC for the EU and EEA). */
  lead: z.strictObject({
    regulator: slug,
    jurisdictions: z.array(slug).min(1, { error: "must name at least one jurisdiction" }),
    text,
    sources: sourceIds,
  }),
  /** For places in the lead's jurisdictions with no entry of their own: their own authority, found through a list. */
  ownAuthority: z.strictObject({ text, listUrl: webUrl, listLabel: text, sources: sourceIds }),
  regulators: z.array(regulatorSchema).min(1, { error: "must list at least one regulator" }),
});

/** One group of places on /object, with what the law and the regulators there allow. */
export const objectSectionSchema = z.strictObject({
  /** The section's anchor: /object#<id>. Stable: region pages link to it. */
  id: slug,
  heading: text,
  /** The jurisdictions of regions/jurisdictions.yaml this section answers for; each belongs to exactly one section. */
  jurisdictions: z.array(slug).min(1, { error: "must name at least one jurisdiction" }),
  legalBasis: citedText,
  rightToObject: citedText,
  olderData: citedText,
  /** A sentence added to the objection text for readers here, such as the law it relies on. */
  templateLine: text.optional(),
});

export const objectPageSchema = z.strictObject({
  title: text,
  description: text,
  intro: text,
  switchCovers: z.strictObject({ heading: text, covers: z.array(citedText).min(1), doesNotCover: z.array(citedText).min(1) }),
  objectionForm: z.strictObject({ heading: text, text, sources: sourceIds }),
  placesHeading: text,
  placesIntro: text,
  sections: z.array(objectSectionSchema).min(1),
  template: z.strictObject({
    heading: text,
    intro: text,
    /** The text itself; {law} marks where a section's templateLine goes. Placeholders are in [square brackets]. */
    text,
  }),
});

export type Regulator = z.infer<typeof regulatorSchema>;
export type RegulatorsFile = z.infer<typeof regulatorsFileSchema>;
export type ObjectSection = z.infer<typeof objectSectionSchema>;
export type ObjectPageContent = z.infer<typeof objectPageSchema>;

/**
 * content/<lang>/guide/labels.yaml: how LinkedIn's own labels read in that language, as reports give
 * them. Shown beside the English label (which is the sure one) as an example of the wording.
 */
export const translatedLabelsSchema = z.strictObject({
  labels: z.array(z.strictObject({ en: text, reported: z.array(text).min(1) })),
});
/**
 * content/<lang>/place-readings.yaml: how to type, in that language's phonetic script, the places whose
 * names the browser gives in another script (日本 → にほん), so the region picker finds them.
 */
export const placeReadingsSchema = z.strictObject({
  readings: z.record(countryCode, z.array(text).min(1)),
});

export type TranslatedLabel = z.infer<typeof translatedLabelsSchema>["labels"][number];
