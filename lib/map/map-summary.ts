/** Fills the map's summary sentence for a day: the same words in the build and in the browser. */
import { formatDate } from "../dates";
import type { Locale } from "../i18n";
import type { RegionStatus } from "../schemas";
import { formatIcu } from "../ui-text/format";
import type { MapSummaryText } from "../ui-text/island-text";
import { slotStatusesOn, statusCounts, type MapJurisdiction } from "./map-status";

/** "On 19 September 2024: left out in 31 places, used by default in 217 places, not known in 2 places." */
export function mapSummary(text: MapSummaryText, date: string, counts: Record<RegionStatus, number>, locale: Locale): string {
  const places = (count: number) => formatIcu(locale, text.places, { count });
  return formatIcu(locale, text.summary, {
    date,
    excluded: places(counts.excluded),
    used: places(counts["used-by-default"]),
    uncertain: places(counts.uncertain),
  });
}

/** The summary of the map on a day, from the jurisdictions' periods. */
export function mapSummaryOn(text: MapSummaryText, jurisdictions: readonly MapJurisdiction[], day: string, locale: Locale): string {
  return mapSummary(text, formatDate(day, locale), statusCounts(jurisdictions, slotStatusesOn(jurisdictions, day)), locale);
}
