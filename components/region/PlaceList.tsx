import { countryCodes } from "@/lib/iso-3166";
import { placeName } from "@/lib/place-names";
import { localePath, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";

/** Every place as a plain link: the picker that works without JavaScript. */
export function PlaceList({ locale }: { locale: Locale }) {
  const uiText = uiTextFor(locale);
  const places = countryCodes
    .map((code) => ({ code, name: placeName(code, [locale]) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <section aria-labelledby="all-places" className="mt-10">
      <h2 id="all-places" className="text-xl font-bold">
        {uiText.region.allPlaces}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{uiText.region.allPlacesIntro}</p>
      <ul className="mt-4 grid list-none grid-cols-1 gap-x-6 p-0 sm:grid-cols-2 md:grid-cols-3">
        {places.map((place) => (
          <li key={place.code}>
            <a href={localePath(locale, `/region/${place.code.toLowerCase()}`)} className="inline-block py-1.5 underline underline-offset-4">
              {place.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
