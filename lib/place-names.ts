/** Country and territory names from the runtime's own data (Intl.DisplayNames): no hand-written list. */
const displayNames = new Map<string, Intl.DisplayNames>();

export function placeName(code: string, locales: readonly string[] = ["en"]): string {
  const key = locales.join(",");
  let names = displayNames.get(key);
  if (!names) {
    try {
      names = new Intl.DisplayNames([...locales, "en"], { type: "region", fallback: "code" });
    } catch {
      names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
    }
    displayNames.set(key, names);
  }
  return names.of(code.toUpperCase()) ?? code.toUpperCase();
}

/** Lower-case, without accents, for matching what a reader types ("aland" finds "Åland Islands"). */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}
