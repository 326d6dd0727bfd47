"use client";

import { island } from "@/components/Island";
import { useState } from "react";
import { languageNames, localePath, locales, type Locale } from "@/lib/i18n";
import { readReaderLanguages, useBrowserState } from "./hooks/use-browser-state";

export interface SuggestionText {
  suggestion: string;
  suggestionLink: string;
  dismiss: string;
}


/** The site's language the reader's browser asks for first, if it is not this page's. */
function preferredOtherLocale(languages: readonly string[], current: Locale): Locale | null {
  for (const tag of languages) {
    const language = tag.toLowerCase().split("-")[0];
    const match = locales.find((locale) => locale === language);
    if (match) return match === current ? null : match;
  }
  return null;
}

/**
 * One line on the story page for a reader whose browser asks for another of the site's languages,
 * in that language: a link to the same page there. Never a redirect, no cookie, nothing sent: it reads
 * navigator.languages in the browser. It sits over the bottom of the screen, so nothing moves when it
 * appears; it is gone once dismissed (until the next page load).
 */
function LanguageSuggestionIsland({ locale, texts }: { locale: Locale; texts: Record<Locale, SuggestionText> }) {
  const languages = useBrowserState<readonly string[] | null>(readReaderLanguages, null);
  const [dismissed, setDismissed] = useState(false);
  const other = languages ? preferredOtherLocale(languages, locale) : null;
  if (!other || dismissed) return null;
  const text = texts[other];
  return (
    <div
      lang={other}
      role="region"
      aria-label={languageNames[other]}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white px-4 py-2 shadow-lg print:hidden dark:border-slate-600 dark:bg-slate-900"
    >
      <p className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-3 gap-y-1">
        <span>{text.suggestion}</span>
        <a href={localePath(other, "/")} hrefLang={other} className="inline-block py-1 font-semibold underline underline-offset-4">
          {text.suggestionLink}
        </a>
        <button type="button" onClick={() => setDismissed(true)} className="ml-auto min-h-11 rounded-md border border-slate-400 px-3">
          {text.dismiss}
        </button>
      </p>
    </div>
  );
}

export const LanguageSuggestion = island(LanguageSuggestionIsland);
