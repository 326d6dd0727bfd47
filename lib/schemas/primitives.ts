/** The building blocks every content schema shares: dates, slugs, text, addresses, source ids. */
import { z } from "zod";
import { isCalendarDay, isCalendarMonth, isCalendarYear } from "../dates";

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

export const text = z.string({ error: "is required" }).trim().min(1, { error: "must not be empty" });
export const webUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/**
 * The site's public address, an https origin only: canonical links, the sitemap, the feed and the
 * social cards are built from it. No path, because every link on the site starts at its root.
 */
export const siteOrigin = z
  .url({ protocol: /^https$/, error: "must be an https URL, such as https://example.org" })
  .refine((value) => {
    const url = new URL(value);
    return url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "" && url.password === "";
  }, { error: "must be the site's address with no path, query or fragment, such as https://example.org" })
  .transform((value) => new URL(value).origin);

/** A path on this site, optionally with an anchor: "/", "/timeline#ico-statement-2024". */
export const sitePath = z
  .string({ error: "is required" })
  .regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, {
    error: 'must be a path on this site starting with "/", optionally with an anchor, such as /timeline#ico-statement-2024',
  });


export const sourceIds = z.array(slug).min(1, { error: "must cite at least one source id" });

export const countryCode = z.string({ error: "is required" }).regex(/^[A-Z]{2}$/, { error: "must be two capital letters (ISO 3166-1 alpha-2)" });

/** A sentence or two of content with the sources that support it. */
export const citedText = z.strictObject({ title: text.optional(), text, sources: sourceIds });
