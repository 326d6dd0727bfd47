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
import { callout, cite, footer, nav, notFound, skipToContent, theme } from "./site";
import { sources } from "./sources";
import { timeline, timelineRegions } from "./timeline";

export const uiText = {
  skipToContent,
  nav,
  footer,
  theme,
  cite,
  callout,
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
} as const;
