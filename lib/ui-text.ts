/**
 * Every reader-facing string of the site's chrome (navigation, footer, notices, labels),
 * in one place so a translation can be added without touching components.
 * The story, the timeline and the sources themselves live in content/.
 */
import type { RegionStatus, TimelineRegionId } from "./schemas";

export const uiText = {
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    story: "The story",
    region: "Does it apply to me?",
    guide: "Turn it off",
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
    checkerPrompt: "Does it apply to you today, or did it on a given date?",
    checkerLink: "Check where you live",
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
  region: {
    pickerTitle: "Does it apply to me?",
    pickerDescription:
      "Pick where you live to see whether LinkedIn used your data to train its content-generating AI by default, on any date since September 2024.",
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
    /** Before the browser has checked its clock, the prerendered page speaks as of its build. */
    asOf: (date: string) => `As of ${date}`,
    today: (date: string) => `Today (${date})`,
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
  },
  guide: {
    title: "Turn it off",
    description:
      "Step by step, on the device in your hand: how to switch off LinkedIn's \"Data for Generative AI Improvement\" setting, and what that does not do.",
    intro:
      "Switch off the setting that lets LinkedIn train its content-generating AI on your data. Pick the device you are using; each guide goes one step at a time.",
    chooseHeading: "Which device are you using?",
    suggested: (name: string) => `This looks like a device for the “${name}” guide.`,
    platformTitle: (name: string) => `Turn it off: ${name}`,
    platformDescription: (name: string) => `Step by step in the ${name}: switch off LinkedIn's "Data for Generative AI Improvement" setting.`,
    otherDevices: "Another device:",
    fastestHeading: "The fastest way",
    directLinkLabel: "Open the setting on LinkedIn",
    expectationsHeading: "Before you start",
    stepsHeading: "Step by step",
    stepLabel: (n: number, total: number) => `Step ${n} of ${total}`,
    stepCount: (n: number) => `${n} steps`,
    checkLabel: "Final check",
    progress: (current: number, total: number, done: number) =>
      `Step ${current} of ${total}. ${done === total ? "All steps done." : `${done} of ${total} done.`}`,
    markDone: "I have done this step",
    back: "Back",
    next: "Next step",
    startOver: "Start over",
    startedOver: "Progress cleared. Back at step 1.",
    doneMark: "Done",
    lastVerified: (date: string) => `Last verified against our sources: ${date}`,
    sourcesLabel: "Sources",
    afterHeading: "What opting out does not do",
    regionHeading: "Where you live",
    regionSaved: (place: string) => `You saved ${place} in the region checker.`,
    regionSee: "See the details for your place",
    regionNone: "Check where you live in the region checker to see what applies there.",
    printHint: "Printing this page gives a one-page checklist.",
    pageSources: "Sources for this guide",
  },
  notFound: {
    title: "Page not found",
    body: "There is no page at this address. It may have moved, or the link may have a typo.",
    suggestions: "You may be looking for:",
    pickPlace: "Looking for where you live?",
    links: [
      { href: "/", label: "The story", hint: "what LinkedIn did, and how to turn it off" },
      { href: "/region", label: "Does it apply to me?", hint: "the answer for where you live" },
      { href: "/guide", label: "Turn it off", hint: "step by step, on your device" },
      { href: "/timeline", label: "Timeline", hint: "every event, with dates and sources" },
      { href: "/sources", label: "Sources", hint: "every source the site relies on" },
    ],
  },
} as const;
