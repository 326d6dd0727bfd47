/** The timeline's words, and the names of the regions it can be narrowed to. */
import type { TimelineRegionId } from "../schemas";

export const timeline = {
  title: "Timeline",
  description:
    "Every event from the reports of September 2024 to where things stand today, with some background from 2023, in date order, each with its sources.",
  regionTitle: (region: string) => `Timeline: ${region}`,
  regionDescription: (region: string) =>
    `The timeline narrowed to the events that concern ${region}, in date order, each with its sources.`,
  filterLabel: "Show events for",
  allRegions: "All regions",
  regionsLabel: "Concerns",
  everywhere: "Members everywhere",
  sourcesLabel: "Sources",
  showingRegion: (region: string, shown: number, total: number) =>
    `Showing the ${shown} of ${total} events that concern ${region}.`,
  showingAll: (total: number) => `Showing all ${total} events.`,
  checkerPrompt: "Does it apply to you today, or did it on a given date?",
  checkerLink: "Check where you live",
} as const;

export const timelineRegions = {
  "eu-eea": "EU/EEA",
  switzerland: "Switzerland",
  uk: "UK",
  canada: "Canada",
  "hong-kong": "Hong Kong",
  elsewhere: "Everyone else (US and most countries)",
} as const satisfies Record<TimelineRegionId, string>;
