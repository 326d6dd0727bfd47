/**
 * What the world map shows on a day: each jurisdiction's status, read from the same periods the
 * region checker reads (lib/region-rules.ts), and how many places have each status. Pure and small,
 * so the map's date control runs it in the browser as well as the build.
 */
import { periodIndexOn, type RegionData } from "../region-rules";
import type { RegionStatus } from "../schemas";

export const mapStatuses = ["excluded", "used-by-default", "uncertain"] as const satisfies readonly RegionStatus[];

export interface MapJurisdiction {
  id: string;
  /**
   * Its colour slot: each jurisdiction is drawn through one, in the order of the content, and coloured by
   * the rules lib/map/map-slot-style.server.ts makes for as many slots as there are jurisdictions.
   */
  slot: number;
  /** How many places map to it. */
  places: number;
  periods: { from: string; to?: string; status: RegionStatus }[];
}

/** The jurisdictions, each with its slot, place count and periods: all the map's date control needs. */
export function mapJurisdictions(data: RegionData): MapJurisdiction[] {
  const jurisdictions = [...data.jurisdictions.values()];
  const counts = new Map<string, number>();
  for (const place of data.places.values()) counts.set(place.jurisdiction, (counts.get(place.jurisdiction) ?? 0) + 1);
  return jurisdictions.map((jurisdiction, slot) => ({
    id: jurisdiction.id,
    slot,
    places: counts.get(jurisdiction.id) ?? 0,
    periods: jurisdiction.periods.map(({ from, to, status }) => (to === undefined ? { from, status } : { from, to, status })),
  }));
}

/** Each slot's status on a day (by slot; a date before the range has none). */
export function slotStatusesOn(jurisdictions: readonly MapJurisdiction[], day: string): (RegionStatus | null)[] {
  return jurisdictions.map((jurisdiction) => jurisdiction.periods[periodIndexOn(jurisdiction.periods, day)]?.status ?? null);
}

/** How many places have each status, given each slot's status. */
export function statusCounts(jurisdictions: readonly MapJurisdiction[], statuses: readonly (RegionStatus | null)[]): Record<RegionStatus, number> {
  const counts: Record<RegionStatus, number> = { excluded: 0, "used-by-default": 0, uncertain: 0 };
  jurisdictions.forEach((jurisdiction, index) => {
    const status = statuses[index];
    if (status) counts[status] += jurisdiction.places;
  });
  return counts;
}

export interface KeyDate {
  /** The day something changed for some place: the start of any period. */
  date: string;
  /** The timeline entry that tells of it. */
  timelineSlug: string;
}

/** The days the map changes: the first day of the range and every day a period starts. */
export function keyDays(data: RegionData): string[] {
  return [...new Set([...data.jurisdictions.values()].flatMap((jurisdiction) => jurisdiction.periods.map((period) => period.from)))].sort();
}

/**
 * The key days (keyDays), each linked to the timeline entry, among those its periods name, dated that
 * day, or else the first they name.
 */
export function keyDates(data: RegionData, timelineDays: ReadonlyMap<string, string>): KeyDate[] {
  const periods = [...data.jurisdictions.values()].flatMap((jurisdiction) => jurisdiction.periods);
  return keyDays(data).map((date) => {
    const slugs = periods.filter((period) => period.from === date).flatMap((period) => period.timeline);
    const timelineSlug = slugs.find((slug) => timelineDays.get(slug) === date) ?? slugs[0];
    if (!timelineSlug) throw new Error(`No timeline entry is named by the periods that start on ${date} in content/regions/jurisdictions.yaml`);
    return { date, timelineSlug };
  });
}

/** Whole days from one YYYY-MM-DD day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

