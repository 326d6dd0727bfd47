/**
 * Dates in content are plain strings: a full day ("2024-09-18") or, where the sources
 * give only the month, a month ("2024-09"). They are never parsed by YAML or by the
 * reader's time zone, so "18 September" stays 18 September everywhere.
 */

import type { Locale } from "./i18n";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export type DatePrecision = "day" | "month" | "year";

/** True for a real calendar day written YYYY-MM-DD (so 2025-02-30 is false). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** True for a real month written YYYY-MM. */
export function isCalendarMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** True for a year written YYYY. */
export function isCalendarYear(value: string): boolean {
  return YEAR.test(value);
}

export function datePrecision(value: string): DatePrecision {
  if (isCalendarDay(value)) return "day";
  if (isCalendarMonth(value)) return "month";
  if (isCalendarYear(value)) return "year";
  throw new RangeError(`Not a date of the form YYYY-MM-DD, YYYY-MM or YYYY: "${value}"`);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Where a language writes a day of the month as an ordinal that Intl does not give: French writes the
 * first of the month "1er" (premier), every other day as a plain number ("1er novembre 2025",
 * "2 novembre 2025"), and Intl.DateTimeFormat("fr") gives "1 novembre 2025".
 */
const dayOrdinals: Partial<Record<Locale, (day: string) => string>> = {
  fr: (day) => (day === "1" ? "1er" : day),
};

/**
 * "2024-09-18" → "18 September 2024"; "2024-09" → "September 2024"; "2026" → "2026". Other languages
 * write dates as the runtime's own data (Intl.DateTimeFormat) does: in Japanese 2024年9月18日, 2024年9月, 2026年;
 * in French 18 septembre 2024, septembre 2024, 2026, with the first of the month as 1er (dayOrdinals).
 */
export function formatDate(value: string, locale: Locale = "en"): string {
  const precision = datePrecision(value);
  const [year, month, day] = value.split("-").map(Number);
  if (locale !== "en") {
    const fields: Intl.DateTimeFormatOptions =
      precision === "year" ? { year: "numeric" } : precision === "month" ? { year: "numeric", month: "long" } : { year: "numeric", month: "long", day: "numeric" };
    const parts = new Intl.DateTimeFormat(locale, { ...fields, timeZone: "UTC" }).formatToParts(new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)));
    const ordinal = dayOrdinals[locale];
    return parts.map((part) => (part.type === "day" && ordinal ? ordinal(part.value) : part.value)).join("");
  }
  if (precision === "year") return String(year);
  const monthName = MONTH_NAMES[month - 1];
  return precision === "day" ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Adds whole days to a YYYY-MM-DD day, in UTC. */
export function addDays(day: string, days: number): string {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar day: "${day}"`);
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
