/**
 * The region picker's logic, apart from its React: every place named in the reader's languages, the
 * place their language settings point to, and the places that match what they type, best first.
 */
import { countryCodes, isCountryCode } from "./iso-3166";
import { foldForSearch, placeName } from "./place-names";

export interface PlaceOption {
  code: string;
  name: string;
  /** The English name, shown when the reader's language names the place differently. */
  englishName: string;
  /** Both names, folded for matching. */
  folded: string;
}

/** The place of the first language tag that names one ("de-CH" → "CH"); null if none does. */
export function regionFromLanguages(languages: readonly string[]): string | null {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region && isCountryCode(region)) return region;
    } catch {
      // an unusable language tag: try the next
    }
  }
  return null;
}

/** Every place, named in the reader's languages and sorted in their alphabet. */
export function placeOptions(languages: readonly string[], readings: Readonly<Record<string, readonly string[]>> = {}): PlaceOption[] {
  return countryCodes
    .map((code) => {
      const name = placeName(code, languages);
      const englishName = placeName(code);
      const typed = [name, englishName === name ? "" : englishName, ...(readings[code] ?? [])];
      return { code, name, englishName, folded: foldForSearch(typed.join(" ")) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, [...languages]));
}

/**
 * How well a place matches a folded query: 0 its code, 1 the start of its name, 2 the start of a word
 * in it, 3 anywhere in it; -1 not at all.
 */
export function matchRank(option: PlaceOption, foldedQuery: string): number {
  if (option.code.toLowerCase() === foldedQuery) return 0;
  if (option.folded.startsWith(foldedQuery)) return 1;
  if (option.folded.split(/[\s\-(),.&・、（）]+/).some((word) => word.startsWith(foldedQuery))) return 2;
  return option.folded.includes(foldedQuery) ? 3 : -1;
}

/** The places matching what the reader typed, best first (ties keep the alphabetical order). */
export function matchingPlaces(options: readonly PlaceOption[], query: string): PlaceOption[] {
  const folded = foldForSearch(query.trim());
  if (!folded) return [];
  return options
    .map((option) => ({ option, rank: matchRank(option, folded) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.option);
}
