/** The chrome of every page: skip link, navigation, footer, theme control, citations, callouts, the 404 page. */
import type { Theme } from "../theme";

export const skipToContent = "Skip to content";

export const nav = {
  label: "Main",
  /** The main navigation, in order. The 404 page offers the same pages, each with its hint. */
  links: [
    { href: "/", label: "The story", hint: "what LinkedIn did, and how to turn it off" },
    { href: "/region", label: "Does it apply to me?", hint: "the answer for where you live" },
    { href: "/guide", label: "Turn it off", hint: "step by step, on your device" },
    { href: "/timeline", label: "Timeline", hint: "every event, with dates and sources" },
    { href: "/sources", label: "Sources", hint: "every source the site relies on" },
    { href: "/about", label: "About", hint: "how the site was researched, corrections and open data" },
  ],
} as const;

export const footer = {
  lastReviewed: "Content last reviewed",
  reportMistake: "Report a mistake",
  privacy: "This site sets no cookies, runs no analytics and loads nothing from other sites.",
  about: "About this site, corrections and open data",
} as const;

export const theme = {
  /** The theme control's group name. */
  label: "Colour theme",
  options: {
    system: "System",
    light: "Light",
    dark: "Dark",
  } satisfies Record<Theme, string>,
} as const;

export const language = {
  /** The language switch's accessible group name. */
  label: "Language",
  /** Open Graph's name for the language. */
  openGraphLocale: "en",
  /** The one-line suggestion on the story page, shown in this language to readers whose browser asks for it. */
  suggestion: "This page is also in English.",
  suggestionLink: "Read it in English",
  dismiss: "Close",
} as const;

/** Punctuation the interface puts between its own words (Japanese uses full-width forms). */
export const punctuation = {
  colon: ": ",
  listSeparator: ", ",
  fullStop: ". ",
} as const;

export const cite = {
  /** The accessible name of a citation link. */
  label: (number: number, source: string) => `Source ${number}: ${source}`,
} as const;

export const callout = {
  note: "Note",
  warning: "Watch out",
} as const;

/** Said beside English words on a page in another language, where the translation is not there yet. */
export const untranslated = {
  notice: "This part is not yet translated",
} as const;

export const notFound = {
  title: "Page not found",
  body: "There is no page at this address. It may have moved, or the link may have a typo.",
  suggestions: "You may be looking for:",
  pickPlace: "Looking for where you live?",
} as const;
