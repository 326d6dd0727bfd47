/**
 * The site's languages: this list is the one place that names them. English is the default and keeps
 * its unprefixed URLs ("/region/de"); every other language lives under its own prefix
 * ("/ja/region/de"). A new language is one entry here (its code and its name in itself, for the
 * language switch), its interface messages (lib/ui-text/<lang>/) and its content (content/<lang>/):
 * the pages, the sitemap, the hreflang alternates, the feeds, the 404 pages, the servers' rules and
 * the social cards follow this list. See "Adding a language" in the README.
 */
export const languageNames = { en: "English", ja: "日本語", fr: "Français" } as const satisfies Record<string, string>;

export type Locale = keyof typeof languageNames;
export const locales = Object.keys(languageNames) as Locale[];
export const defaultLocale: Locale = "en";
/** The languages that have a URL prefix. */
export const prefixedLocales = locales.filter((locale) => locale !== defaultLocale) as Exclude<Locale, "en">[];

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** "/region/de" in Japanese → "/ja/region/de"; "/" → "/ja". Paths outside the pages (files, feeds of
 * the default language, images) are left alone by the callers: this is for page paths only. */
export function localePath(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** Which language a site path belongs to, and the same page's path in English. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  for (const locale of prefixedLocales) {
    if (path === `/${locale}`) return { locale, path: "/" };
    if (path.startsWith(`/${locale}/`) || path.startsWith(`/${locale}?`) || path.startsWith(`/${locale}#`)) {
      return { locale, path: path.slice(locale.length + 1) };
    }
  }
  return { locale: defaultLocale, path };
}

/**
 * Rewrites a link written in content (always with English paths) for a page in `locale`: pages of
 * the site get the language's prefix; files (/data/…, /feed.xml, /og/…) and other sites stay as they are.
 */
export function localiseHref(locale: Locale, href: string): string {
  if (locale === defaultLocale || !href.startsWith("/") || href.startsWith("//")) return href;
  if (/^\/(data|og|_next)\//.test(href) || /\.(xml|json|png|svg|txt)(?:[?#]|$)/.test(href)) return href;
  const hashOrQuery = href.search(/[?#]/);
  const path = hashOrQuery === -1 ? href : href.slice(0, hashOrQuery);
  const rest = hashOrQuery === -1 ? "" : href.slice(hashOrQuery);
  return `${localePath(locale, path)}${rest}`;
}
