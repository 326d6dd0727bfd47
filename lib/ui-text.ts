/**
 * Every reader-facing string of the site's chrome (navigation, footer, notices, labels),
 * in one place so a translation can be added without touching components.
 * The story, the timeline and the sources themselves live in content/.
 */
import type { TimelineRegionId } from "./schemas";

export const uiText = {
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    story: "The story",
    timeline: "Timeline",
    sources: "Sources",
  },
  footer: {
    lastReviewed: "Content last reviewed",
    reportMistake: "Report a mistake",
    privacy: "This site sets no cookies, runs no analytics and loads nothing from other sites.",
  },
  cite: {
    /** The accessible name of a citation link. */
    label: (number: number, publisher: string, title: string) => `Source ${number}: ${publisher}, “${title}”`,
  },
  callout: {
    note: "Note",
    warning: "Watch out",
  },
  timeline: {
    title: "Timeline",
    description:
      "Every step from LinkedIn's first generative-AI features to the change of 3 November 2025, in date order, each with its sources.",
    filterLabel: "Show events for",
    allRegions: "All regions",
    regionsLabel: "Concerns",
    sourcesLabel: "Sources",
    showingRegion: (region: string, shown: number, total: number) =>
      `Showing the ${shown} of ${total} events that concern ${region}.`,
    showingAll: (total: number) => `Showing all ${total} events.`,
  },
  timelineRegions: {
    "eu-eea": "EU/EEA",
    switzerland: "Switzerland",
    uk: "UK",
    canada: "Canada",
    "hong-kong": "Hong Kong",
    elsewhere: "Everyone else (US and most countries)",
  } satisfies Record<TimelineRegionId, string>,
  sources: {
    title: "Sources",
    description: "Every source this site relies on, once, with where it is cited.",
    intro:
      "Each source is listed once. A claim marked confirmed was read in the original or a faithful copy of it; one marked secondary was read in a republished copy or another outlet's report.",
    published: "Published",
    archived: "Archived copy",
    citedIn: "Cited in",
    confidence: {
      C1: "Confirmed in the original",
      C2: "Confirmed through secondary copies",
    },
  },
  notFound: {
    title: "Page not found",
    body: "There is no page at this address. It may have moved, or the link may have a typo.",
    suggestions: "You may be looking for:",
    links: [
      { href: "/", label: "The story", hint: "what LinkedIn did, and how to turn it off" },
      { href: "/timeline", label: "Timeline", hint: "every event, with dates and sources" },
      { href: "/sources", label: "Sources", hint: "every source the site relies on" },
    ],
  },
} as const;
