import { languageNames, localePath, locales, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { LanguageLink } from "./LanguageLink";

export function SiteHeader({
  siteName,
  tagline,
  locale,
  path,
  section,
}: {
  siteName: string;
  tagline: string;
  locale: Locale;
  /** This page's path in English: the language links lead to the same page. */
  path: string;
  section?: string;
}) {
  const text = uiTextFor(locale);
  return (
    <header className="border-b border-slate-200 print:border-slate-400 dark:border-slate-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-4">
        <p className="m-0">
          <a href={localePath(locale, "/")} className="text-lg font-bold tracking-tight no-underline">
            {siteName}
          </a>
          <span className="sr-only">{text.punctuation.colon}</span>
          <span className="block text-sm text-slate-600 dark:text-slate-400">{tagline}</span>
        </p>
        <nav aria-label={text.nav.label} className="print:hidden">
          <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-base">
            {text.nav.links.map((link) => (
              <li key={link.href}>
                <a
                  href={localePath(locale, link.href)}
                  aria-current={section === link.href ? "page" : undefined}
                  className="inline-block py-1 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={text.language.label} className="print:hidden">
          <ul className="m-0 flex list-none gap-x-4 p-0 text-base">
            {locales
              .filter((other) => other !== locale)
              .map((other) => (
                <li key={other}>
                  <LanguageLink href={localePath(other, path)} lang={other}>
                    {languageNames[other]}
                  </LanguageLink>
                </li>
              ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
