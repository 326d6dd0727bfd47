/**
 * Every reader-facing string of the site's chrome (navigation, footer, notices, labels), one module
 * per feature, so a translation can be added without touching components. Server code reads them all
 * through `uiText`; a client island imports only its own feature's module (or gets its strings as
 * props), so the browser never downloads the rest. The story, the timeline and the sources themselves
 * live in content/.
 */
import { about, openData } from "./about";
import { feed, socialCard } from "./feed";
import { guide } from "./guide";
import { objectPage, regulators } from "./object";
import { region } from "./region";
import { callout, cite, footer, language, nav, notFound, punctuation, skipToContent, theme, untranslated } from "./site";
import { sources } from "./sources";
import { timeline, timelineRegions } from "./timeline";
import { mapText } from "../map/map-text";
import type { Locale } from "../i18n";
import { uiTextJa } from "./ja";
import type { Strings } from "./strings";

/** English; other languages through `uiTextFor`. */
export const uiText = {
  skipToContent,
  nav,
  footer,
  theme,
  language,
  punctuation,
  cite,
  callout,
  untranslated,
  timeline,
  timelineRegions,
  sources,
  region,
  guide,
  regulators,
  objectPage,
  notFound,
  about,
  openData,
  feed,
  socialCard,
  map: mapText,
} as const;

export type UiText = Strings<typeof uiText>;

const byLocale: Record<Locale, UiText> = { en: uiText, ja: uiTextJa };

/** The interface's words in one language (server code; an island imports only its feature's module). */
export function uiTextFor(locale: Locale): UiText {
  return byLocale[locale];
}
