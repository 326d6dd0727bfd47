/** The interface's words in Japanese: the same keys as ../index.ts, checked by `Strings` in each module. */
import { mapText } from "./map";
import { about, openData } from "./about";
import { feed, socialCard } from "./feed";
import { guide } from "./guide";
import { objectPage, regulators } from "./object";
import { region } from "./region";
import { callout, cite, footer, language, nav, notFound, punctuation, skipToContent, theme, untranslated } from "./site";
import { sources } from "./sources";
import { timeline, timelineRegions } from "./timeline";

export const uiTextJa = {
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
};
