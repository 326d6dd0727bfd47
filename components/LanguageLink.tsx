"use client";

import { island } from "@/components/Island";
import type { ReactNode } from "react";
import { subscribeToLocation, useBrowserState } from "./hooks/use-browser-state";

const readQueryAndFragment = () => `${window.location.search}${window.location.hash}`;

/**
 * A link to this page in another language. Once the page runs, it carries what the address holds
 * beyond the path (the date shown, `?on=…`, the guide's step, `#…`), so the reader lands on the same
 * view; before that, and without JavaScript, it leads to the same page.
 */
function LanguageLinkIsland({ href, lang, children }: { href: string; lang: string; children: ReactNode }) {
  const rest = useBrowserState(readQueryAndFragment, "", subscribeToLocation);
  return (
    <a href={`${href}${rest}`} hrefLang={lang} lang={lang} className="inline-block py-1 underline underline-offset-4">
      {children}
    </a>
  );
}

export const LanguageLink = island(LanguageLinkIsland);
