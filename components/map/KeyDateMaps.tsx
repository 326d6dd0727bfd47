import { formatDate } from "@/lib/dates";
import { localePath, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import type { WorldMapData } from "@/lib/map/map-data.server";
import { slotStatusesOn, statusCounts } from "@/lib/map/map-status";
import { mapSummary } from "@/lib/map/map-summary";
import type { MapText } from "@/lib/map/map-text";
import { MapPatterns } from "./MapPatterns";
import { SpritePicture } from "./WorldShapes";

export interface KeyDateMapsProps {
  map: WorldMapData;
  text: Pick<MapText, "stripHeading" | "stripIntro" | "summary" | "places">;
  locale: Locale;
}

/**
 * Small multiples for the story: the world map on each key date, captioned and linked to its
 * timeline entry. Every map draws the one shapes file (SpritePicture), which the page does not carry:
 * each map's colours come from its own data-s… attributes through inherited custom properties.
 */
export function KeyDateMaps({ map, text, locale }: KeyDateMapsProps) {
  const { sprite } = map;
  const viewBox = `0 0 ${sprite.width} ${sprite.height}`;
  return (
    <figure className="not-prose my-8">
      <figcaption className="text-lg font-semibold">{text.stripHeading}</figcaption>
      <p className="mt-1 mb-3 text-slate-700 dark:text-slate-300">{text.stripIntro}</p>
      <svg className="world-map world-map-small absolute h-0 w-0 overflow-hidden" aria-hidden="true" focusable="false">
        <MapPatterns />
      </svg>
      <ol className="m-0 grid list-none grid-cols-1 gap-x-4 gap-y-6 p-0 sm:grid-cols-2">
        {map.keyDates.map((key) => {
          const statuses = slotStatusesOn(map.jurisdictions, key.date);
          const slots = Object.fromEntries(statuses.flatMap((status, slot) => (status ? [[`data-s${slot}`, status]] : [])));
          return (
            <li key={key.date}>
              <div className="world-map world-map-small" {...slots}>
                <svg viewBox={viewBox} aria-hidden="true" focusable="false">
                  <SpritePicture sprite={sprite} dotSize="small" />
                </svg>
              </div>
              <p className="mt-1 mb-0 text-sm">
                <a href={`${localePath(locale, "/timeline")}#${key.timelineSlug}`} className="font-semibold underline underline-offset-4">
                  {formatDate(key.date, locale)}{uiTextFor(locale).punctuation.colon}{key.title}
                </a>{" "}
                {mapSummary(text, formatDate(key.date, locale), statusCounts(map.jurisdictions, statuses))}
              </p>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
