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

/**
 * Lower-case, without accents, for matching what a reader types ("aland" finds "Åland Islands"). Kana
 * are folded too: hiragana to katakana and half-width to full-width, so "どいつ" (typed before the
 * IME converts it) and "ﾄﾞｲﾂ" find "ドイツ", as "de" and "germany" do.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u3041-\u3096]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60))
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}
