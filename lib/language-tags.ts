/**
 * The language tags a browser reports, kept only when valid and written canonically. Browsers and web
 * views report odd ones: WebKitGTK under a POSIX locale says "C", which every Intl constructor rejects
 * with a RangeError; in-app browsers say "en_US". A tag with underscores is read as the hyphenated
 * tag it means; anything Intl.getCanonicalLocales refuses is dropped, duplicates once.
 */
export function validLanguageTags(tags: readonly unknown[]): string[] {
  const valid: string[] = [];
  for (const tag of tags) {
    if (typeof tag !== "string" || tag.trim() === "") continue;
    try {
      for (const canonical of Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"))) {
        if (!valid.includes(canonical)) valid.push(canonical);
      }
    } catch {
      /* not a language tag: leave it out */
    }
  }
  return valid;
}
