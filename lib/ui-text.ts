/**
 * Every reader-facing string of the site's chrome (navigation, footer, notices, labels),
 * in one place so a translation can be added without touching components.
 * The story, the timeline and the sources themselves live in content/.
 */
import type { RegionStatus, TimelineRegionId } from "./schemas";
import type { Theme } from "./theme";

export const uiText = {
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    story: "The story",
    region: "Does it apply to me?",
    guide: "Turn it off",
    timeline: "Timeline",
    sources: "Sources",
    about: "About",
  },
  footer: {
    lastReviewed: "Content last reviewed",
    reportMistake: "Report a mistake",
    privacy: "This site sets no cookies, runs no analytics and loads nothing from other sites.",
    about: "About this site, corrections and open data",
  },
  theme: {
    /** The theme control's group name. */
    label: "Colour theme",
    options: {
      system: "System",
      light: "Light",
      dark: "Dark",
    } satisfies Record<Theme, string>,
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
      "Every event from the reports of September 2024 to where things stand today, with some background from 2023, in date order, each with its sources.",
    regionTitle: (region: string) => `Timeline: ${region}`,
    regionDescription: (region: string) =>
      `The timeline narrowed to the events that concern ${region}, in date order, each with its sources.`,
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
      { href: "/about", label: "About", hint: "how the site was researched, corrections and open data" },
    ],
  },
  about: {
    reportHeading: "How to report a mistake",
    reportIntro:
      "If something here is wrong, or says more than its source supports, please tell us. Say which page and which sentence, and if you can, point to a source that shows otherwise.",
    reportLink: "Report a mistake",
    reportAfter: "Corrections are made in the open and listed below, with their dates.",
    correctionsHeading: "Corrections",
    correctionsIntro: "What we corrected after it was published, newest first. The feed carries these too.",
    noCorrections: "Nothing has been corrected yet.",
    correctedOn: "Corrected on",
    correctedWhere: "Where",
    dataHeading: "Open data",
    dataIntro:
      "The facts behind these pages, as files you may reuse. They are made from the same content files as the pages, when the site is built, so they always say what the pages say.",
    download: "Download",
    fieldsLabel: (file: string) => `Fields of ${file}`,
    fieldHeader: "Field",
    meaningHeader: "What it holds",
    nullNote: "A field with no value is null, never left out.",
  },
  openData: {
    /** Fields every data file starts with. */
    common: [
      ["site", "The site's name."],
      ["siteUrl", "The site's address; every url field starts with it."],
      ["documentation", "This page, where the fields are described."],
      ["lastReviewed", "The day the content was last reviewed, YYYY-MM-DD."],
    ],
    source: [
      ["sources[]", "Every source the file's records cite, once each."],
      ["sources[].id", "The source's id, as the records cite it; /sources#<id> is its entry on the sources page."],
      ["sources[].publisher", "Who published it."],
      ["sources[].title", "Its title."],
      ["sources[].date", "When it was published: YYYY-MM-DD, or YYYY-MM or YYYY where that is all that is known."],
      ["sources[].url", "The original outlet's address."],
      ["sources[].archiveUrl", "An archived copy's address, or null."],
      ["sources[].note", "How it was read, when not on the publisher's own page, or null."],
      ["sources[].confidence", "C1 (confirmed in the original) or C2 (confirmed through secondary copies)."],
    ],
    files: {
      timeline: {
        name: "timeline.json",
        title: "The timeline",
        description: "Every event on the timeline, oldest first, with its sources.",
        fields: [
          ["entries[]", "The events, in the timeline's order."],
          ["entries[].slug", "The event's stable id; /timeline#<slug> is its place on the timeline."],
          ["entries[].url", "The event's address on the timeline."],
          ["entries[].title", "The event's headline."],
          ["entries[].date", "YYYY-MM-DD, or YYYY-MM where the sources give only the month."],
          ["entries[].dateLabel", "How an inexact date reads on the page, such as \"Mid-September 2024\", or null."],
          ["entries[].sortDate", "The day the event is placed on, YYYY-MM-DD; where the day is not known, our estimate."],
          ["entries[].regions", "Who it concerns: eu-eea, switzerland, uk, canada, hong-kong, elsewhere."],
          ["entries[].text", "What happened, in our words, as a list of paragraphs."],
          ["entries[].sources", "The ids of the sources it rests on."],
        ],
      },
      regions: {
        name: "regions.json",
        title: "The region checker's rules",
        description:
          "For every place, whether LinkedIn used members' data there to train its content-generating AI by default, period by period since the practice came to light, and why.",
        fields: [
          ["rangeStart", "The first day the rules answer for, YYYY-MM-DD."],
          ["statuses[]", "The possible answers."],
          ["statuses[].id", "used-by-default, excluded or uncertain."],
          ["statuses[].label", "How the answer reads on the site."],
          ["jurisdictions[]", "Groups of places that share the same answers."],
          ["jurisdictions[].id", "The group's id, as places name it."],
          ["jurisdictions[].name", "The group's name, as it reads after \"members in\"."],
          ["jurisdictions[].why", "Why the answers are what they are."],
          ["jurisdictions[].advice", "What members there can also do, or null."],
          ["jurisdictions[].adviceSources", "The ids of the sources for the advice."],
          ["jurisdictions[].periods[]", "The answers over time: from rangeStart to today, without gaps or overlaps."],
          ["jurisdictions[].periods[].from", "The period's first day, YYYY-MM-DD."],
          ["jurisdictions[].periods[].to", "The period's last day (inclusive), or null for the current period."],
          ["jurisdictions[].periods[].status", "The answer in that period: one of the statuses' ids."],
          ["jurisdictions[].periods[].reason", "Why, in one or two sentences."],
          ["jurisdictions[].periods[].caveat", "What the sources leave open, or null."],
          ["jurisdictions[].periods[].sources", "The ids of the sources for the period."],
          ["jurisdictions[].periods[].timeline", "The slugs of the timeline events that brought it about."],
          ["places[]", "Every ISO 3166-1 country and territory code, plus XK, each mapped to one group."],
          ["places[].code", "The two-letter code, in capitals."],
          ["places[].name", "The place's English name."],
          ["places[].jurisdiction", "The id of its group."],
          ["places[].note", "Why it belongs to that group, where that is not obvious, or null."],
          ["places[].url", "The place's page on the region checker."],
        ],
      },
    },
    feed: {
      name: "feed.xml",
      title: "The feed",
      description:
        "An Atom feed of the timeline's events and of the corrections, newest first, for feed readers. Each event links to its place on the timeline.",
    },
    sitemap: {
      name: "sitemap.xml",
      title: "The sitemap",
      description: "The address of every page.",
    },
  },
  feed: {
    title: (siteName: string) => `${siteName}: timeline and corrections`,
    subtitle:
      "Every event on the timeline, newest first, each linking to its place on the timeline, and every correction made to the site's content.",
    timelineCategory: "Timeline",
    correctionCategory: "Correction",
    correctionTitle: (title: string) => `Correction: ${title}`,
    when: "When",
    sources: "Sources",
    corrected: "Corrected",
  },
  regulators: {
    heading: "What the regulators said",
    ownHeading: (of: string, name: string) => `${of} ${name}`,
    leadHeading: (name: string) => `The lead authority for LinkedIn: ${name}`,
    ownAuthorityHeading: "Your own country's authority",
    website: (name: string) => `${name}: website, with how to raise a concern or complain`,
    beyondHeading: "Beyond the switch",
    beyondLink: "Objecting beyond the switch: the law here, older data, and a text you can copy",
  },
  objectPage: {
    sourcesLabel: "Sources",
    covers: "Covers:",
    doesNotCover: "Does not cover:",
    placesInSection: (count: number) => `Places in this part (${count})`,
    savedPlacePending: "If you saved a place on a region page, a link to its part of this page appears here.",
    savedPlace: "Your saved place, {place}, is in “{section}”.",
    noSavedPlace: "No place saved in this browser. Pick yours below, or save it on its region page.",
    goToSection: "Go to it",
    legalBasis: "The legal basis LinkedIn gives",
    rightToObject: "A right to object",
    olderData: "Does switching off now reach older data?",
    regulatorsHeading: "The regulator",
    noRegulator: "As of 29 November 2026 we found no statement about LinkedIn's AI training by a regulator here that we could cite.",
    templateLabel: (section: string) => `Objection text for ${section}`,
    copy: "Copy the text",
    copied: "Copied. Paste it into LinkedIn's form.",
    copyFailed: "Your browser did not allow copying: select the text and copy it yourself.",
    noScriptCopy: "Select the text and copy it.",
    sourcesHeading: "Sources",
  },
  socialCard: {
    regionKicker: "Does it apply to me?",
    asOf: (date: string) => `As of ${date}`,
    alt: (title: string, siteName: string) => `${title}. ${siteName}`,
    regionAlt: (place: string, verdict: string, date: string, siteName: string) =>
      `${place}: ${verdict}, as of ${date}. ${siteName}`,
  },
} as const;
