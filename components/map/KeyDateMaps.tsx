import { formatDate } from "@/lib/dates";
import { localePath, type Locale } from "@/lib/i18n";
import { uiTextFor, type UiText } from "@/lib/ui-text";
import { mapSummaryText } from "@/lib/ui-text/island-text";
import type { WorldMapData } from "@/lib/map/map-data.server";
import { mapSummaryOn } from "@/lib/map/map-summary";
import { spriteIds } from "@/lib/map/world-map-sprite";

export interface KeyDateMapsProps {
  map: WorldMapData;
  text: Pick<UiText["map"], "stripHeading" | "stripIntro">;
  locale: Locale;
}

/**
 * Small multiples for the story: the world map on each key date, captioned and linked to its
 * timeline entry. Every map is the one shapes file shown as an image, coloured by the file itself
 * for the day its address names (lib/map/world-map-sprite.server.ts): one download for all of them,
 * and, being lazy images below the first screen, nothing the page's first paint waits for. Each has a
 * light and a dark image of the same file, shown by the site's theme; a printed page shows the light.
 * The caption beside each map says in words what it shows, so the images carry no text of their own.
 */
export function KeyDateMaps({ map, text, locale }: KeyDateMapsProps) {
  const summaryText = mapSummaryText(locale);
  const { sprite } = map;
  const image = (day: string, theme: "light" | "dark", className: string) => (
    // A vector image from the site's own files: next/image has nothing to resize or convert.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`${sprite.href}#${spriteIds.keyDay(day, theme)}`}
      width={sprite.width}
      height={sprite.height}
      alt=""
      loading="lazy"
      decoding="async"
      className={`h-auto w-full ${className}`}
    />
  );
  return (
    <figure className="not-prose my-8">
      <figcaption className="text-lg font-semibold">{text.stripHeading}</figcaption>
      <p className="mt-1 mb-3 text-slate-700 dark:text-slate-300">{text.stripIntro}</p>
      <ol className="m-0 grid list-none grid-cols-1 gap-x-4 gap-y-6 p-0 sm:grid-cols-2">
        {map.keyDates.map((key) => (
          <li key={key.date}>
            {image(key.date, "light", "block dark:hidden")}
            {image(key.date, "dark", "hidden dark:block")}
            <p className="mt-1 mb-0 text-sm">
              <a href={`${localePath(locale, "/timeline")}#${key.timelineSlug}`} className="font-semibold underline underline-offset-4">
                {formatDate(key.date, locale)}
                {uiTextFor(locale).punctuation.colon}
                {key.title}
              </a>{" "}
              {mapSummaryOn(summaryText, map.jurisdictions, key.date, locale)}
            </p>
          </li>
        ))}
      </ol>
    </figure>
  );
}
