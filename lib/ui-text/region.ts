/** The region checker: the picker, a place's page, its verdicts and notices. */
import type { RegionStatus } from "../schemas";

export const region = {
  pickerTitle: "Does it apply to me?",
  pickerDescription:
    "Pick where you live to see whether LinkedIn used your data to train its content-generating AI by default, on any date since September 2024.",
  pageTitle: (place: string) => `${place}: Does it apply to me?`,
  pageDescription: (place: string) =>
    `Whether LinkedIn used members' data in ${place} to train its content-generating AI by default, since September 2024, and what to do.`,
  pickerIntro:
    "Pick where you live. You will see whether LinkedIn used members' data there to train its content-generating AI by default, today and on any date since 18 September 2024, and why.",
  privacyNote: "Your choice stays in your browser: this site makes no location lookup and sends nothing anywhere.",
  searchLabel: "Country or territory",
  searchHint: "Type a name or a two-letter code, then pick from the list.",
  matches: (count: number) => (count === 0 ? "No place matches." : count === 1 ? "1 place matches." : `${count} places match.`),
  suggestion: "From your browser's language settings:",
  remembered: "Your saved place:",
  allPlaces: "All countries and territories",
  allPlacesIntro: "Every place, A to Z. Each link opens its answer.",
  backToAll: "All places",
  statusLabel: {
    "used-by-default": "Used by default",
    excluded: "Left out",
    uncertain: "Not known",
  } satisfies Record<RegionStatus, string>,
  /** The verdict's words: `now` for the current answer, otherwise for a chosen past date. */
  verdict: {
    "used-by-default": (place: string, when: string, now: boolean) =>
      now
        ? `Yes. ${when}, LinkedIn uses data from members in ${place} to train its content-generating AI by default: the setting is on unless they turn it off.`
        : `Yes. ${when}, LinkedIn was using data from members in ${place} to train its content-generating AI by default: the setting was on unless they turned it off.`,
    excluded: (place: string, when: string, now: boolean) =>
      now
        ? `No. ${when}, LinkedIn is not using data from members in ${place} to train its content-generating AI.`
        : `No. ${when}, LinkedIn was not using data from members in ${place} to train its content-generating AI.`,
    uncertain: (place: string, when: string, now: boolean) =>
      now
        ? `Not known. ${when}, the sources do not settle whether LinkedIn uses data from members in ${place} to train its content-generating AI.`
        : `Not known. ${when}, the sources do not settle whether LinkedIn was using data from members in ${place} to train its content-generating AI.`,
  } satisfies Record<RegionStatus, (place: string, when: string, now: boolean) => string>,
  /** Today's answer: the prerendered page speaks as of its build day, the browser as of its own clock. */
  asOf: (date: string) => `As of ${date}`,
  onDate: (date: string) => `On ${date}`,
  verdictHeading: "The answer",
  dateLabel: "Check another date",
  dateHint: (start: string, end: string) => `Any day from ${start} to ${end}.`,
  showDate: "Show that date",
  backToToday: "Back to today",
  noScriptDate: "To check another date, turn on JavaScript; the history below lists every change.",
  notice: {
    malformed: (input: string) => `“${input}” is not a date we can read (write it as YYYY-MM-DD), so this shows today's answer.`,
    "before-range": (input: string, start: string) =>
      `${input} is before ${start}, when the practice became public, so this shows today's answer.`,
    "after-today": (input: string) => `${input} is in the future, so this shows today's answer.`,
  },
  historyHeading: "What changed, and when",
  current: "Now",
  chosen: "The date you chose",
  /** Between the two days of a period in the history. */
  periodTo: " to ",
  untilToday: "today",
  whyHeading: "Why",
  aboutPlace: "About this place:",
  doHeading: "What you can do",
  doGuide: "Turn the setting off: the direct link, and the steps for your device.",
  timelineHeading: "On the timeline",
  sourcesHeading: "Sources",
  remember: "Remember this place on this device",
  forget: "Forget my place",
  rememberedHere: "Saved in this browser only.",
  notFoundRegion: (code: string) => `We have no place with the code “${code}”. Pick yours below.`,
  didYouMean: "Did you mean",
  didYouMeanEnd: "?",
} as const;
