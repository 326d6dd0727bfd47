/**
 * The world map's words, English. Components receive them as props, so another edition is a copy of
 * this object in its language. Templates name their blanks in braces; they are filled by
 * lib/map/map-summary.ts, in the build and in the browser alike.
 */
import type { Strings } from "../ui-text/strings";

export const mapText = {
  heading: "On a map",
  intro: "Each place's answer on the day shown. Tap or click the map to see the nearest place's answer, with a link to its page for that day.",
  /** The one-sentence summary under each map. */
  summary: "On {date}: left out in {excluded}, used by default in {used}, not known in {uncertain}.",
  places: { one: "1 place", other: "{count} places" },
  legendHeading: "Key",
  legend: {
    "used-by-default": "Used by default",
    excluded: "Left out (striped)",
    uncertain: "Not known (dotted)",
    neutral: "No code in the map data",
  },
  neutralNote:
    "Grey areas have no country code in the map data (Kosovo, Northern Cyprus, Somaliland, the Siachen Glacier and Australia's Indian Ocean Territories), so the map does not colour them rather than guess. Places too small to see, or without a shape of their own (Kosovo among them), are dots.",
  sliderLabel: "Day shown on the map",
  keyDatesLabel: "Days something changed",
  listLink: "Every place as a list, A to Z",
  keyboardNote: "To open one place with the keyboard, use the search box above or the list below.",
  pickHint: "Tap or click anywhere on the map: the nearest place's answer shows here.",
  /** After a tapped place's name. */
  pickAnswer: "{status} on {date}.",
  /** Before the other places near a tap. */
  pickNearby: "Also near:",
  stripHeading: "The map on the days it changed",
  stripIntro: "The same map on each day something changed. Each caption links to the event on the timeline.",
} as const;

export type MapText = Strings<typeof mapText>;
