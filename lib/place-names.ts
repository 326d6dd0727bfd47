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
 * Lower-case, without accents, for matching what a reader types ("aland" finds "Åland Islands",
 * "egypte" and "EGYPTE" find "Égypte"). Kana are folded too: hiragana to katakana and half-width to
 * full-width, so "どいつ" (typed before the IME converts it) and "ﾄﾞｲﾂ" find "ドイツ", as "de" and
 * "germany" do. Apostrophes are dropped, whichever the keyboard types (' or ’: Intl writes
 * "Côte d’Ivoire"), hyphens and runs of spaces become one space ("royaume uni" finds "Royaume-Uni"),
 * and œ, æ are written out ("oe", "ae").
 *
 * Folding, not Intl.Collator with sensitivity "base": the picker matches the start of a name, the
 * start of a word in it and any part of it, and a collator only compares whole strings; each name is
 * folded once, when the list is made, and each keystroke folds only what was typed.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u3041-\u3096]/g, (kana) => String.fromCharCode(kana.charCodeAt(0) + 0x60))
    .normalize("NFD")
    .replace(/['\u2018\u2019\u02bc]/g, "")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[\s\-\u2010-\u2015]+/g, " ");
}
