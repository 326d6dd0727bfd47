import { expect, test } from "vitest";
import { addDays, datePrecision, formatDate, isCalendarDay, isCalendarMonth } from "@/lib/dates";

test("formats a day and a month the way a reader writes them", () => {
  expect(formatDate("2024-09-18")).toBe("18 September 2024");
  expect(formatDate("2025-11-03")).toBe("3 November 2025");
  expect(formatDate("2024-09")).toBe("September 2024");
  expect(formatDate("2026")).toBe("2026");
});

test("accepts only real calendar days", () => {
  expect(isCalendarDay("2024-02-29")).toBe(true);
  expect(isCalendarDay("2025-02-29")).toBe(false);
  expect(isCalendarDay("2025-02-30")).toBe(false);
  expect(isCalendarDay("2024-13-01")).toBe(false);
  expect(isCalendarDay("2024-9-18")).toBe(false);
  expect(isCalendarDay("18/09/2024")).toBe(false);
  expect(isCalendarDay("")).toBe(false);
});

test("tells a month from a day and rejects anything else", () => {
  expect(isCalendarMonth("2024-09")).toBe(true);
  expect(isCalendarMonth("2024-00")).toBe(false);
  expect(datePrecision("2024-09")).toBe("month");
  expect(datePrecision("2024-09-01")).toBe("day");
  expect(datePrecision("2026")).toBe("year");
  expect(() => datePrecision("mid-September")).toThrow(/YYYY-MM-DD, YYYY-MM or YYYY/);
  expect(() => formatDate("2024-02-31")).toThrow();
});

test("adds days across month and year ends, in UTC", () => {
  expect(addDays("2024-09-30", 1)).toBe("2024-10-01");
  expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  expect(addDays("2025-11-03", -1)).toBe("2025-11-02");
});

test("Japanese dates: day, month and year as a Japanese reader writes them", () => {
  expect(formatDate("2024-09-18", "ja")).toBe("2024年9月18日");
  expect(formatDate("2024-09", "ja")).toBe("2024年9月");
  expect(formatDate("2026", "ja")).toBe("2026年");
  // Read in UTC: the last day of a month stays that day in every time zone.
  expect(formatDate("2025-11-30", "ja")).toBe("2025年11月30日");
});

test("French dates: lower-case months, no comma, and the first of the month as 1er", () => {
  expect(formatDate("2024-09-18", "fr")).toBe("18 septembre 2024");
  expect(formatDate("2025-11-01", "fr")).toBe("1er novembre 2025");
  expect(formatDate("2025-11-03", "fr")).toBe("3 novembre 2025");
  expect(formatDate("2025-11-10", "fr")).toBe("10 novembre 2025");
  expect(formatDate("2025-11-21", "fr")).toBe("21 novembre 2025");
  expect(formatDate("2024-09", "fr")).toBe("septembre 2024");
  expect(formatDate("2026", "fr")).toBe("2026");
  // Japanese keeps Intl's own form on the first of the month.
  expect(formatDate("2025-11-01", "ja")).toBe("2025年11月1日");
});
