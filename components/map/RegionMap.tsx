import type { WorldMapData } from "@/lib/map/map-data.server";
import type { Locale } from "@/lib/i18n";
import type { UiText } from "@/lib/ui-text";
import { mapExplorerText } from "@/lib/ui-text/island-text";
import { MapExplorer } from "./MapExplorer";
import { MapLegend } from "./MapLegend";
import { MapPatterns } from "./MapPatterns";
import { SpritePicture } from "./WorldShapes";

export interface RegionMapProps {
  map: WorldMapData;
  text: UiText["map"];
  locale: Locale;
  /** The id of the list of every place, which the map links to. */
  listId: string;
}

/**
 * The world map on /region, under the picker: every place coloured by its answer on the day shown,
 * a summary in words, a key, and the date control. Once its script runs, a tap or click on the map
 * names the nearest place with its answer and a link, for the pointer only; the keyboard's way to a
 * place is the search box and the list, so the map is not 250 tab stops.
 */
export function RegionMap({ map, text, locale, listId }: RegionMapProps) {
  return (
    <section aria-labelledby="map-heading" className="mt-8">
      {/* The slots' colours, made for as many jurisdictions as the content has (React puts it in <head>). */}
      <link rel="stylesheet" href={map.slotStyleHref} precedence="default" />
      <h2 id="map-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mt-1 mb-0 text-slate-700 dark:text-slate-300">
        {text.intro} {text.keyboardNote}
      </p>
      <MapExplorer
        jurisdictions={map.jurisdictions}
        rangeStart={map.rangeStart}
        builtOn={map.builtOn}
        keyDates={map.keyDates.map((key) => key.date)}
        locale={locale}
        sprite={map.sprite}
        taps={map.taps}
        patterns={<MapPatterns />}
        picture={<SpritePicture sprite={map.sprite} />}
        text={mapExplorerText(locale)}
        legend={
          <MapLegend
            heading={text.legendHeading}
            labels={text.legend}
            note={text.neutralNote}
          />
        }
      />
      <p className="mt-3 mb-0">
        <a href={`#${listId}`} className="underline underline-offset-4">
          {text.listLink}
        </a>
      </p>
    </section>
  );
}
