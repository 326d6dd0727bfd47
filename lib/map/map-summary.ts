/** Fills the map's summary sentence for a day: the same words in the build and in the browser. */
import { formatDate } from "../dates";
import { fillTemplate } from "../fill-template";
import type { Locale } from "../i18n";
import type { RegionStatus } from "../schemas";
import { slotStatusesOn, statusCounts, type MapJurisdiction } from "./map-status";

export interface SummaryText {
  summary: string;
  places: { one: string; other: string };
}


function placesCount(count: number, text: SummaryText): string {
  return fillTemplate(count === 1 ? text.places.one : text.places.other, { count: String(count) });
}

/** "On 19 September 2024: left out in 31 places, used by default in 217 places, not known in 2 places." */
export function mapSummary(text: SummaryText, date: string, counts: Record<RegionStatus, number>): string {
  return fillTemplate(text.summary, {
    date,
    excluded: placesCount(counts.excluded, text),
    used: placesCount(counts["used-by-default"], text),
    uncertain: placesCount(counts.uncertain, text),
  });
}

/** The summary of the map on a day, from the jurisdictions' periods. */
export function mapSummaryOn(text: SummaryText, jurisdictions: readonly MapJurisdiction[], day: string, locale: Locale): string {
  return mapSummary(text, formatDate(day, locale), statusCounts(jurisdictions, slotStatusesOn(jurisdictions, day)));
}
