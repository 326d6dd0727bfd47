/**
 * The region rules: from a place and a date to whether LinkedIn used its members' data to train
 * content-generating AI by default then, and why. Pure functions over the data in content/regions/,
 * shared by the prerendered pages and the browser's date control.
 */
import { addDays, isCalendarDay } from "./dates";
import type { Jurisdiction, Period, Place, RegionStatus } from "./schemas";

export interface RegionData {
  /** The first day the checker answers for: when the practice became public. */
  rangeStart: string;
  /** What a reader anywhere can do, with its sources. */
  whatToDo: { title?: string; text: string; sources: string[] }[];
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
  /** By upper-case code. */
  places: ReadonlyMap<string, Place>;
}

export type RegionAnswer =
  | {
      ok: true;
      code: string;
      place: Place;
      jurisdiction: Jurisdiction;
      period: Period;
      periodIndex: number;
      status: RegionStatus;
      reason: string;
      sources: string[];
    }
  | { ok: false; problem: "unknown-code" | "malformed-date" | "before-range" };

/** The period a date falls in; undefined before the first period. Periods are contiguous and ordered. */
export function periodIndexOn(periods: readonly Pick<Period, "from" | "to">[], date: string): number {
  for (let index = periods.length - 1; index >= 0; index -= 1) {
    if (periods[index].from <= date) return periods[index].to === undefined || date <= periods[index].to! ? index : -1;
  }
  return -1;
}

/** The answer for a place (any case, e.g. "de" or "DE") on a day (YYYY-MM-DD). */
export function regionStatus(code: string, date: string, data: RegionData): RegionAnswer {
  const place = data.places.get(code.toUpperCase());
  if (!place) return { ok: false, problem: "unknown-code" };
  if (!isCalendarDay(date)) return { ok: false, problem: "malformed-date" };
  if (date < data.rangeStart) return { ok: false, problem: "before-range" };
  const jurisdiction = data.jurisdictions.get(place.jurisdiction);
  if (!jurisdiction) throw new Error(`${place.code} maps to unknown jurisdiction ${place.jurisdiction}`);
  const periodIndex = periodIndexOn(jurisdiction.periods, date);
  if (periodIndex < 0) throw new Error(`${jurisdiction.id} has no period on ${date}`);
  const period = jurisdiction.periods[periodIndex];
  return {
    ok: true,
    code: place.code,
    place,
    jurisdiction,
    period,
    periodIndex,
    status: period.status,
    reason: period.reason,
    sources: period.sources,
  };
}

export interface JurisdictionOnDay {
  status: RegionStatus;
  reason: string;
  advice?: string;
}

/** Each jurisdiction's answer on a day, by jurisdiction id: what the guide tells a reader who saved a place. */
export function jurisdictionsOn(day: string, data: RegionData): Record<string, JurisdictionOnDay> {
  const answers: Record<string, JurisdictionOnDay> = {};
  for (const jurisdiction of data.jurisdictions.values()) {
    const period = jurisdiction.periods[periodIndexOn(jurisdiction.periods, day)];
    if (period) answers[jurisdiction.id] = { status: period.status, reason: period.reason, advice: jurisdiction.advice };
  }
  return answers;
}

export type DateChoice =
  | { kind: "none" }
  | { kind: "ok"; date: string }
  | { kind: "malformed" | "before-range" | "after-today"; input: string };

/** Reads the reader's ?on= value: missing, a usable day, or why it cannot be used. */
export function readDateChoice(input: string | null | undefined, rangeStart: string, today: string): DateChoice {
  if (input === null || input === undefined || input === "") return { kind: "none" };
  if (!isCalendarDay(input)) return { kind: "malformed", input };
  if (input < rangeStart) return { kind: "before-range", input };
  if (input > today) return { kind: "after-today", input };
  return { kind: "ok", date: input };
}

export interface PeriodProblem {
  index: number;
  field: "from" | "to" | "periods";
  problem: string;
}

/** What is wrong with a jurisdiction's periods: they must run from rangeStart, in order, without gaps or overlaps, the last open-ended. */
export function periodProblems(periods: readonly Period[], rangeStart: string): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (periods.length === 0) return [{ index: 0, field: "periods", problem: "must have at least one period" }];
  if (periods[0].from !== rangeStart) {
    problems.push({ index: 0, field: "from", problem: `must be ${rangeStart}, the start of the checker's range, so no date is left without an answer` });
  }
  periods.forEach((period, index) => {
    const isLast = index === periods.length - 1;
    if (period.to !== undefined && period.to < period.from) {
      problems.push({ index, field: "to", problem: `(${period.to}) is before its "from" (${period.from})` });
    }
    if (isLast) {
      if (period.to !== undefined) problems.push({ index, field: "to", problem: `must be left out on the last period, which runs to today; after ${period.to} there would be a gap` });
      return;
    }
    if (period.to === undefined) {
      problems.push({ index, field: "to", problem: "is missing: only the last period may be open-ended" });
      return;
    }
    const next = periods[index + 1];
    const expected = addDays(period.to, 1);
    if (next.from > expected) {
      problems.push({ index: index + 1, field: "from", problem: `leaves a gap: the period before ends on ${period.to}, so this one must start on ${expected}` });
    } else if (next.from < expected) {
      problems.push({ index: index + 1, field: "from", problem: `overlaps the period before, which runs to ${period.to}; this one must start on ${expected}` });
    }
  });
  return problems;
}
