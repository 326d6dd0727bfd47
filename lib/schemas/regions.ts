/** content/regions/: whether a place's members' data was used by default, and when. */
import { z } from "zod";
import { calendarDay, citedText, slug, text } from "./primitives";

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
