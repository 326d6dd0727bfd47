import type { Locale } from "@/lib/i18n";
import type { MapDot } from "@/lib/map/world-geometry.server";
import { placeName } from "@/lib/place-names";

export interface SmallPlacesProps {
  /** The places drawn as dots on the world map. */
  dots: readonly MapDot[];
  /** Each jurisdiction's colour slot, by jurisdiction id. */
  slots: Readonly<Record<string, number>>;
  locale: Locale;
  /** Where a place's page is, before its code: "/region/", or "/ja/region/" on a Japanese page. */
  regionPath: string;
  heading: string;
  note: string;
}

/**
 * The places the world map shows as dots, again as a row of tap targets under it: each its code,
 * coloured and patterned like its dot, at least 28 px tall and wide whatever the map's size. On a
 * phone the map is about 300 px across and has over ninety dots, two dozen of them in the
 * Caribbean's 16 px: no drawing of that world gives each a target a finger can hit, so they get
 * their own. Like the map's shapes they are for the pointer only (the search box and the list are
 * the keyboard's and the screen reader's way to a place); the place's name shows on hover.
 * Inside the map's .world-map element, they recolour with it, with or without JavaScript.
 */
export function SmallPlaces({ dots, slots, locale, regionPath, heading, note }: SmallPlacesProps) {
  const sorted = [...dots].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <div className="map-small-places mt-3 print:hidden" aria-hidden="true">
      <p className="m-0 font-semibold">{heading}</p>
      <p className="mt-0 mb-2 text-sm text-slate-700 dark:text-slate-300">{note}</p>
      <div className="flex flex-wrap gap-1">
        {sorted.map((dot) => (
          <a key={dot.code} href={`${regionPath}${dot.code.toLowerCase()}`} tabIndex={-1} title={placeName(dot.code, [locale])} className="map-chip">
            <svg viewBox="-12 -12 24 24">
              <circle r="10.5" className={`map-s${slots[dot.jurisdiction]}`} />
            </svg>
            {dot.code}
          </a>
        ))}
      </div>
    </div>
  );
}
