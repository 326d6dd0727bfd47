// lib/ui-text/about.ts
var about = {
  reportHeading: "How to report a mistake",
  reportIntro: "If something here is wrong, or says more than its source supports, please tell us. Say which page and which sentence, and if you can, point to a source that shows otherwise.",
  reportLink: "Report a mistake",
  reportAfter: "Corrections are made in the open and listed below, with their dates.",
  correctionsHeading: "Corrections",
  correctionsIntro: "What we corrected after it was published, newest first. The feed carries these too.",
  noCorrections: "Nothing has been corrected yet.",
  correctedOn: "Corrected on",
  correctedWhere: "Where",
  dataHeading: "Open data",
  dataIntro: "The facts behind these pages, as files you may reuse. They are made from the same content files as the pages, when the site is built, so they always say what the pages say.",
  download: "Download",
  fieldsLabel: (file) => `Fields of ${file}`,
  fieldHeader: "Field",
  meaningHeader: "What it holds",
  nullNote: "A field with no value is null, never left out."
};
var openData = {
  /** Fields every data file starts with. */
  common: [
    ["site", "The site's name."],
    ["siteUrl", "The site's address; every url field starts with it."],
    ["documentation", "This page, where the fields are described."],
    ["language", `The language of the file's words ("en"; the Japanese copy under /ja/data/ says "ja"). The facts are the same in every language.`],
    ["lastReviewed", "The day the content was last reviewed, YYYY-MM-DD."]
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
    ["sources[].confidence", "C1 (confirmed in the original) or C2 (confirmed through secondary copies)."]
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
        ["entries[].dateLabel", 'How an inexact date reads on the page, such as "Mid-September 2024", or null.'],
        ["entries[].sortDate", "The day the event is placed on, YYYY-MM-DD; where the day is not known, our estimate."],
        ["entries[].regions", "Who it concerns: eu-eea, switzerland, uk, canada, hong-kong, elsewhere."],
        ["entries[].text", "What happened, in our words, as a list of paragraphs."],
        ["entries[].sources", "The ids of the sources it rests on."]
      ]
    },
    regions: {
      name: "regions.json",
      title: "The region checker's rules",
      description: "For every place, whether LinkedIn used members' data there to train its content-generating AI by default, period by period since the practice came to light, and why.",
      fields: [
        ["rangeStart", "The first day the rules answer for, YYYY-MM-DD."],
        ["statuses[]", "The possible answers."],
        ["statuses[].id", "used-by-default, excluded or uncertain."],
        ["statuses[].label", "How the answer reads on the site."],
        ["jurisdictions[]", "Groups of places that share the same answers."],
        ["jurisdictions[].id", "The group's id, as places name it."],
        ["jurisdictions[].name", `The group's name, as it reads after "members in".`],
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
        ["places[].url", "The place's page on the region checker."]
      ]
    }
  },
  feed: {
    name: "feed.xml",
    title: "The feed",
    description: "An Atom feed of the timeline's events and of the corrections, newest first, for feed readers. Each event links to its place on the timeline."
  },
  sitemap: {
    name: "sitemap.xml",
    title: "The sitemap",
    description: "The address of every page."
  }
};

// lib/ui-text/feed.ts
var feed = {
  title: (siteName) => `${siteName}: timeline and corrections`,
  subtitle: "Every event on the timeline, newest first, each linking to its place on the timeline, and every correction made to the site's content.",
  timelineCategory: "Timeline",
  correctionCategory: "Correction",
  correctionTitle: (title) => `Correction: ${title}`,
  when: "When",
  sources: "Sources",
  corrected: "Corrected"
};
var socialCard = {
  regionKicker: "Does it apply to me?",
  asOf: (date) => `As of ${date}`,
  alt: (title, siteName) => `${title}. ${siteName}`,
  regionAlt: (place, verdict, date, siteName) => `${place}: ${verdict}, as of ${date}. ${siteName}`
};

// lib/ui-text/guide.ts
var guide = {
  title: "Turn it off",
  description: `Step by step, on the device in your hand: how to switch off LinkedIn's "Data for Generative AI Improvement" setting, and what that does not do.`,
  intro: "Switch off the setting that lets LinkedIn train its content-generating AI on your data. Pick the device you are using; each guide goes one step at a time.",
  chooseHeading: "Which device are you using?",
  /** Shown on the guide that fits the reader's device. */
  suggested: "\xB7 Suggested for this device",
  platformTitle: (name) => `Turn it off: ${name}`,
  platformDescription: (name) => `Step by step in the ${name}: switch off LinkedIn's "Data for Generative AI Improvement" setting.`,
  otherDevices: "Another device:",
  fastestHeading: "The fastest way",
  directLinkLabel: "Open the setting on LinkedIn",
  expectationsHeading: "Before you start",
  stepsHeading: "Step by step",
  stepLabel: (n, total) => `Step ${n} of ${total}`,
  stepCount: (n) => `${n} steps`,
  checkLabel: "Final check",
  progress: (current, total, done) => `Step ${current} of ${total}. ${done === total ? "All steps done." : `${done} of ${total} done.`}`,
  markDone: "I have done this step",
  back: "Back",
  next: "Next step",
  startOver: "Start over",
  startedOver: "Progress cleared. Back at step 1.",
  doneMark: "Done",
  lastVerified: (date) => `Last verified against our sources: ${date}`,
  sourcesLabel: "Sources",
  afterHeading: "What opting out does not do",
  regionHeading: "Where you live",
  regionSaved: (place) => `You saved ${place} in the region checker.`,
  regionSee: "See the details for your place",
  regionNone: "Check where you live in the region checker to see what applies there.",
  printHint: "Printing this page gives a one-page checklist.",
  pageSources: "Sources for this guide",
  /** Beside one of LinkedIn's English labels, on a page in another language: how reports word it there. */
  reportedLabel: (wording) => ` (reported wording: \u201C${wording}\u201D)`,
  /** Under a guide that shows reported wordings. */
  reportedLabelsNote: "LinkedIn's labels are given in English, as LinkedIn writes them. Where reports give the wording in this language, it follows as an example; LinkedIn's own wording may differ."
};

// lib/ui-text/object.ts
var regulators = {
  heading: "What the regulators said",
  ownHeading: (of, name) => `${of} ${name}`,
  leadHeading: (name) => `The lead authority for LinkedIn: ${name}`,
  ownAuthorityHeading: "Your own country's authority",
  website: (name) => `${name}: website, with how to raise a concern or complain`,
  beyondHeading: "Beyond the switch",
  beyondLink: "Objecting beyond the switch: the law here, older data, and a text you can copy"
};
var objectPage = {
  sourcesLabel: "Sources",
  covers: "Covers:",
  doesNotCover: "Does not cover:",
  placesInSection: (count) => `Places in this part (${count})`,
  savedPlacePending: "If you saved a place on a region page, a link to its part of this page appears here.",
  savedPlace: "Your saved place, {place}, is in \u201C{section}\u201D.",
  noSavedPlace: "No place saved in this browser. Pick yours below, or save it on its region page.",
  goToSection: "Go to it",
  legalBasis: "The legal basis LinkedIn gives",
  rightToObject: "A right to object",
  olderData: "Does switching off now reach older data?",
  regulatorsHeading: "The regulator",
  noRegulator: "As of 29 November 2026 we found no statement about LinkedIn's AI training by a regulator here that we could cite.",
  templateLabel: (section) => `Objection text for ${section}`,
  copy: "Copy the text",
  copied: "Copied. Paste it into LinkedIn's form.",
  copyFailed: "Your browser did not allow copying: select the text and copy it yourself.",
  noScriptCopy: "Select the text and copy it.",
  sourcesHeading: "Sources"
};

// lib/ui-text/region.ts
var region = {
  pickerTitle: "Does it apply to me?",
  pickerDescription: "Pick where you live to see whether LinkedIn used your data to train its content-generating AI by default, on any date since September 2024.",
  pageTitle: (place) => `${place}: Does it apply to me?`,
  pageDescription: (place) => `Whether LinkedIn used members' data in ${place} to train its content-generating AI by default, since September 2024, and what to do.`,
  pickerIntro: "Pick where you live. You will see whether LinkedIn used members' data there to train its content-generating AI by default, today and on any date since 18 September 2024, and why.",
  privacyNote: "Your choice stays in your browser: this site makes no location lookup and sends nothing anywhere.",
  searchLabel: "Country or territory",
  searchHint: "Type a name or a two-letter code, then pick from the list.",
  matches: (count) => count === 0 ? "No place matches." : count === 1 ? "1 place matches." : `${count} places match.`,
  suggestion: "From your browser's language settings:",
  remembered: "Your saved place:",
  allPlaces: "All countries and territories",
  allPlacesIntro: "Every place, A to Z. Each link opens its answer.",
  backToAll: "All places",
  statusLabel: {
    "used-by-default": "Used by default",
    excluded: "Left out",
    uncertain: "Not known"
  },
  /** The verdict's words: `now` for the current answer, otherwise for a chosen past date. */
  verdict: {
    "used-by-default": (place, when, now) => now ? `Yes. ${when}, LinkedIn uses data from members in ${place} to train its content-generating AI by default: the setting is on unless they turn it off.` : `Yes. ${when}, LinkedIn was using data from members in ${place} to train its content-generating AI by default: the setting was on unless they turned it off.`,
    excluded: (place, when, now) => now ? `No. ${when}, LinkedIn is not using data from members in ${place} to train its content-generating AI.` : `No. ${when}, LinkedIn was not using data from members in ${place} to train its content-generating AI.`,
    uncertain: (place, when, now) => now ? `Not known. ${when}, the sources do not settle whether LinkedIn uses data from members in ${place} to train its content-generating AI.` : `Not known. ${when}, the sources do not settle whether LinkedIn was using data from members in ${place} to train its content-generating AI.`
  },
  /** Today's answer: the prerendered page speaks as of its build day, the browser as of its own clock. */
  asOf: (date) => `As of ${date}`,
  onDate: (date) => `On ${date}`,
  verdictHeading: "The answer",
  dateLabel: "Check another date",
  dateHint: (start, end) => `Any day from ${start} to ${end}.`,
  showDate: "Show that date",
  backToToday: "Back to today",
  noScriptDate: "To check another date, turn on JavaScript; the history below lists every change.",
  notice: {
    malformed: (input) => `\u201C${input}\u201D is not a date we can read (write it as YYYY-MM-DD), so this shows today's answer.`,
    "before-range": (input, start) => `${input} is before ${start}, when the practice became public, so this shows today's answer.`,
    "after-today": (input) => `${input} is in the future, so this shows today's answer.`
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
  notFoundRegion: (code) => `We have no place with the code \u201C${code}\u201D. Pick yours below.`,
  didYouMean: "Did you mean",
  didYouMeanEnd: "?"
};

// lib/ui-text/site.ts
var skipToContent = "Skip to content";
var nav = {
  label: "Main",
  /** The main navigation, in order. The 404 page offers the same pages, each with its hint. */
  links: [
    { href: "/", label: "The story", hint: "what LinkedIn did, and how to turn it off" },
    { href: "/region", label: "Does it apply to me?", hint: "the answer for where you live" },
    { href: "/guide", label: "Turn it off", hint: "step by step, on your device" },
    { href: "/timeline", label: "Timeline", hint: "every event, with dates and sources" },
    { href: "/sources", label: "Sources", hint: "every source the site relies on" },
    { href: "/about", label: "About", hint: "how the site was researched, corrections and open data" }
  ]
};
var footer = {
  lastReviewed: "Content last reviewed",
  reportMistake: "Report a mistake",
  privacy: "This site sets no cookies, runs no analytics and loads nothing from other sites.",
  about: "About this site, corrections and open data"
};
var theme = {
  /** The theme control's group name. */
  label: "Colour theme",
  options: {
    system: "System",
    light: "Light",
    dark: "Dark"
  }
};
var language = {
  /** The language switch's accessible group name. */
  label: "Language",
  /** Open Graph's name for the language. */
  openGraphLocale: "en",
  /** The one-line suggestion on the story page, shown in this language to readers whose browser asks for it. */
  suggestion: "This page is also in English.",
  suggestionLink: "Read it in English",
  dismiss: "Close"
};
var punctuation = {
  colon: ": ",
  listSeparator: ", ",
  fullStop: ". "
};
var cite = {
  /** The accessible name of a citation link. */
  label: (number, source) => `Source ${number}: ${source}`
};
var callout = {
  note: "Note",
  warning: "Watch out"
};
var notFound = {
  title: "Page not found",
  body: "There is no page at this address. It may have moved, or the link may have a typo.",
  suggestions: "You may be looking for:",
  pickPlace: "Looking for where you live?"
};

// lib/ui-text/sources.ts
var sources = {
  title: "Sources",
  description: "Every source this site relies on, once, with where it is cited.",
  intro: "Each source is listed once. A claim marked confirmed was read in the original or a faithful copy of it; one marked secondary was read in a republished copy or another outlet's report.",
  published: "Published",
  archived: "Archived copy",
  address: "Address",
  reliability: "Reliability",
  note: "Note",
  citedIn: "Cited in",
  /** How each place that cites a source is named under "Cited in". */
  citingPlace: {
    story: "The story",
    about: "About this site",
    timelineEntry: (title) => `Timeline: ${title}`,
    regionChecker: "Region checker",
    jurisdiction: (name) => `Region checker: ${name}`,
    guide: "Opt-out guide",
    guidePlatform: (name) => `Opt-out guide: ${name}`
  },
  confidence: {
    C1: "Confirmed in the original",
    C2: "Confirmed through secondary copies"
  }
};

// lib/ui-text/timeline.ts
var timeline = {
  title: "Timeline",
  description: "Every event from the reports of September 2024 to where things stand today, with some background from 2023, in date order, each with its sources.",
  regionTitle: (region3) => `Timeline: ${region3}`,
  regionDescription: (region3) => `The timeline narrowed to the events that concern ${region3}, in date order, each with its sources.`,
  filterLabel: "Show events for",
  allRegions: "All regions",
  regionsLabel: "Concerns",
  everywhere: "Members everywhere",
  sourcesLabel: "Sources",
  showingRegion: (region3, shown, total) => `Showing the ${shown} of ${total} events that concern ${region3}.`,
  showingAll: (total) => `Showing all ${total} events.`,
  checkerPrompt: "Does it apply to you today, or did it on a given date?",
  checkerLink: "Check where you live"
};
var timelineRegions = {
  "eu-eea": "EU/EEA",
  switzerland: "Switzerland",
  uk: "UK",
  canada: "Canada",
  "hong-kong": "Hong Kong",
  elsewhere: "Everyone else (US and most countries)"
};

// lib/map/map-text.ts
var mapText = {
  heading: "On a map",
  intro: "Each place's answer on the day shown. Tap or click a place to open its page for that day.",
  /** The one-sentence summary under each map. */
  summary: "On {date}: left out in {excluded}, used by default in {used}, not known in {uncertain}.",
  places: { one: "1 place", other: "{count} places" },
  legendHeading: "Key",
  legend: {
    "used-by-default": "Used by default",
    excluded: "Left out (striped)",
    uncertain: "Not known (dotted)",
    neutral: "No code in the map data"
  },
  neutralNote: "Grey areas have no country code in the map data (Kosovo, Northern Cyprus, Somaliland, the Siachen Glacier and Australia's Indian Ocean Territories), so the map does not colour them rather than guess. Places too small to see, or without a shape of their own (Kosovo among them), are dots.",
  sliderLabel: "Day shown on the map",
  keyDatesLabel: "Days something changed",
  listLink: "Every place as a list, A to Z",
  keyboardNote: "To open one place with the keyboard, use the search box or the list below.",
  smallPlacesHeading: "Small places",
  smallPlacesNote: "The dots on the map, by code, to tap: each opens its place's page for the day shown.",
  stripHeading: "The map on the days it changed",
  stripIntro: "The same map on each day something changed. Each caption links to the event on the timeline."
};

// lib/ui-text/ja/map.ts
var mapText2 = {
  heading: "\u5730\u56F3\u3067\u898B\u308B",
  intro: "\u8868\u793A\u3057\u3066\u3044\u308B\u65E5\u306E\u3001\u5404\u56FD\u30FB\u5730\u57DF\u306E\u7B54\u3048\u3067\u3059\u3002\u56FD\u30FB\u5730\u57DF\u3092\u30BF\u30C3\u30D7\u307E\u305F\u306F\u30AF\u30EA\u30C3\u30AF\u3059\u308B\u3068\u3001\u305D\u306E\u65E5\u306E\u30DA\u30FC\u30B8\u304C\u958B\u304D\u307E\u3059\u3002",
  summary: "{date}\u306E\u6642\u70B9\u3067\u3001\u5BFE\u8C61\u5916\u306F{excluded}\u3001\u521D\u671F\u8A2D\u5B9A\u3067\u5229\u7528\u306F{used}\u3001\u4E0D\u660E\u306F{uncertain}\u3067\u3059\u3002",
  places: { one: "1\u304B\u6240", other: "{count}\u304B\u6240" },
  legendHeading: "\u51E1\u4F8B",
  legend: {
    "used-by-default": "\u521D\u671F\u8A2D\u5B9A\u3067\u5229\u7528",
    excluded: "\u5BFE\u8C61\u5916\uFF08\u659C\u7DDA\uFF09",
    uncertain: "\u4E0D\u660E\uFF08\u70B9\u6A21\u69D8\uFF09",
    neutral: "\u5730\u56F3\u30C7\u30FC\u30BF\u306B\u30B3\u30FC\u30C9\u304C\u306A\u3044\u5730\u57DF"
  },
  neutralNote: "\u7070\u8272\u306E\u5730\u57DF\u306F\u3001\u5730\u56F3\u30C7\u30FC\u30BF\u306B\u56FD\u30B3\u30FC\u30C9\u304C\u3042\u308A\u307E\u305B\u3093\uFF08\u30B3\u30BD\u30DC\u3001\u5317\u30AD\u30D7\u30ED\u30B9\u3001\u30BD\u30DE\u30EA\u30E9\u30F3\u30C9\u3001\u30B7\u30A2\u30C1\u30A7\u30F3\u6C37\u6CB3\u3001\u30AA\u30FC\u30B9\u30C8\u30E9\u30EA\u30A2\u9818\u30A4\u30F3\u30C9\u6D0B\u5730\u57DF\uFF09\u3002\u305D\u306E\u305F\u3081\u3001\u63A8\u6E2C\u3067\u8272\u3092\u4ED8\u3051\u308B\u3053\u3068\u306F\u305B\u305A\u3001\u8272\u5206\u3051\u3057\u3066\u3044\u307E\u305B\u3093\u3002\u5C0F\u3055\u3059\u304E\u3066\u898B\u3048\u306A\u3044\u56FD\u30FB\u5730\u57DF\u3084\u3001\u72EC\u81EA\u306E\u5F62\u3092\u6301\u305F\u306A\u3044\u56FD\u30FB\u5730\u57DF\uFF08\u30B3\u30BD\u30DC\u3092\u542B\u3080\uFF09\u306F\u70B9\u3067\u793A\u3057\u3066\u3044\u307E\u3059\u3002",
  sliderLabel: "\u5730\u56F3\u306B\u8868\u793A\u3059\u308B\u65E5",
  keyDatesLabel: "\u5909\u5316\u304C\u3042\u3063\u305F\u65E5",
  listLink: "\u3059\u3079\u3066\u306E\u56FD\u30FB\u5730\u57DF\u3092\u4E00\u89A7\u3067\u898B\u308B",
  keyboardNote: "\u30AD\u30FC\u30DC\u30FC\u30C9\u3067\u56FD\u30FB\u5730\u57DF\u3092\u958B\u304F\u306B\u306F\u3001\u691C\u7D22\u30DC\u30C3\u30AF\u30B9\u304B\u4E0B\u306E\u4E00\u89A7\u3092\u4F7F\u3063\u3066\u304F\u3060\u3055\u3044\u3002",
  smallPlacesHeading: "\u5C0F\u3055\u306A\u56FD\u30FB\u5730\u57DF",
  smallPlacesNote: "\u5730\u56F3\u4E0A\u306E\u70B9\u3067\u793A\u3057\u305F\u56FD\u30FB\u5730\u57DF\u3092\u3001\u30B3\u30FC\u30C9\u9806\u306B\u4E26\u3079\u3066\u3044\u307E\u3059\u3002\u30BF\u30C3\u30D7\u3059\u308B\u3068\u3001\u8868\u793A\u3057\u3066\u3044\u308B\u65E5\u306E\u30DA\u30FC\u30B8\u304C\u958B\u304D\u307E\u3059\u3002",
  stripHeading: "\u5909\u5316\u304C\u3042\u3063\u305F\u65E5\u306E\u5730\u56F3",
  stripIntro: "\u4F55\u304B\u304C\u5909\u308F\u3063\u305F\u65E5\u3054\u3068\u306B\u3001\u540C\u3058\u5730\u56F3\u3092\u4E26\u3079\u3066\u3044\u307E\u3059\u3002\u5404\u30AD\u30E3\u30D7\u30B7\u30E7\u30F3\u304B\u3089\u3001\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u4E0A\u306E\u305D\u306E\u51FA\u6765\u4E8B\u3078\u79FB\u52D5\u3067\u304D\u307E\u3059\u3002"
};

// lib/ui-text/ja/about.ts
var about2 = {
  reportHeading: "\u8AA4\u308A\u3092\u5831\u544A\u3059\u308B\u306B\u306F",
  reportIntro: "\u3053\u306E\u30B5\u30A4\u30C8\u306E\u5185\u5BB9\u306B\u8AA4\u308A\u304C\u3042\u308B\u5834\u5408\u3084\u3001\u51FA\u5178\u304C\u88CF\u3065\u3051\u308B\u4EE5\u4E0A\u306E\u3053\u3068\u3092\u8FF0\u3079\u3066\u3044\u308B\u5834\u5408\u306F\u3001\u304A\u77E5\u3089\u305B\u304F\u3060\u3055\u3044\u3002\u3069\u306E\u30DA\u30FC\u30B8\u306E\u3069\u306E\u6587\u304B\u3092\u793A\u3057\u3001\u3067\u304D\u308C\u3070\u3001\u305D\u308C\u3068\u7570\u306A\u308B\u3053\u3068\u3092\u793A\u3059\u51FA\u5178\u3082\u6559\u3048\u3066\u304F\u3060\u3055\u3044\u3002",
  reportLink: "\u8AA4\u308A\u3092\u5831\u544A\u3059\u308B",
  reportAfter: "\u8A02\u6B63\u306F\u516C\u958B\u306E\u5834\u3067\u884C\u3044\u3001\u65E5\u4ED8\u3068\u3068\u3082\u306B\u4E0B\u306B\u63B2\u8F09\u3057\u307E\u3059\u3002",
  correctionsHeading: "\u8A02\u6B63",
  correctionsIntro: "\u516C\u958B\u5F8C\u306B\u8A02\u6B63\u3057\u305F\u5185\u5BB9\u3067\u3059\uFF08\u65B0\u3057\u3044\u9806\uFF09\u3002\u30D5\u30A3\u30FC\u30C9\u306B\u3082\u63B2\u8F09\u3057\u3066\u3044\u307E\u3059\u3002",
  noCorrections: "\u8A02\u6B63\u306F\u307E\u3060\u3042\u308A\u307E\u305B\u3093\u3002",
  correctedOn: "\u8A02\u6B63\u65E5\uFF1A",
  correctedWhere: "\u8A02\u6B63\u7B87\u6240",
  dataHeading: "\u30AA\u30FC\u30D7\u30F3\u30C7\u30FC\u30BF",
  dataIntro: "\u3053\u308C\u3089\u306E\u30DA\u30FC\u30B8\u306E\u5143\u306B\u306A\u3063\u3066\u3044\u308B\u4E8B\u5B9F\u3092\u3001\u518D\u5229\u7528\u3067\u304D\u308B\u30D5\u30A1\u30A4\u30EB\u3068\u3057\u3066\u63D0\u4F9B\u3057\u3066\u3044\u307E\u3059\u3002\u30B5\u30A4\u30C8\u306E\u30D3\u30EB\u30C9\u6642\u306B\u30DA\u30FC\u30B8\u3068\u540C\u3058\u30B3\u30F3\u30C6\u30F3\u30C4\u30D5\u30A1\u30A4\u30EB\u304B\u3089\u4F5C\u3089\u308C\u308B\u306E\u3067\u3001\u5185\u5BB9\u306F\u5E38\u306B\u30DA\u30FC\u30B8\u3068\u540C\u3058\u3067\u3059\u3002",
  download: "\u30C0\u30A6\u30F3\u30ED\u30FC\u30C9\uFF1A",
  fieldsLabel: (file) => `${file}\u306E\u30D5\u30A3\u30FC\u30EB\u30C9`,
  fieldHeader: "\u30D5\u30A3\u30FC\u30EB\u30C9",
  meaningHeader: "\u5185\u5BB9",
  nullNote: "\u5024\u306E\u306A\u3044\u30D5\u30A3\u30FC\u30EB\u30C9\u306Fnull\u306B\u306A\u308A\u307E\u3059\u3002\u7701\u7565\u3055\u308C\u308B\u3053\u3068\u306F\u3042\u308A\u307E\u305B\u3093\u3002"
};
var openData2 = {
  common: [
    ["site", "\u30B5\u30A4\u30C8\u306E\u540D\u524D\u3002"],
    ["siteUrl", "\u30B5\u30A4\u30C8\u306E\u30A2\u30C9\u30EC\u30B9\u3002url\u30D5\u30A3\u30FC\u30EB\u30C9\u306F\u3059\u3079\u3066\u3053\u308C\u3067\u59CB\u307E\u308A\u307E\u3059\u3002"],
    ["documentation", "\u3053\u306E\u30DA\u30FC\u30B8\u3002\u5404\u30D5\u30A3\u30FC\u30EB\u30C9\u306E\u8AAC\u660E\u304C\u3042\u308A\u307E\u3059\u3002"],
    ["language", '\u30D5\u30A1\u30A4\u30EB\u5185\u306E\u6587\u7AE0\u306E\u8A00\u8A9E\uFF08\u3053\u306E\u30D5\u30A1\u30A4\u30EB\u3067\u306F "ja"\u3001/data/ \u306E\u82F1\u8A9E\u7248\u3067\u306F "en"\uFF09\u3002\u4E8B\u5B9F\u306E\u5185\u5BB9\u306F\u3069\u306E\u8A00\u8A9E\u3067\u3082\u540C\u3058\u3067\u3059\u3002'],
    ["lastReviewed", "\u5185\u5BB9\u3092\u6700\u5F8C\u306B\u78BA\u8A8D\u3057\u305F\u65E5\uFF08YYYY-MM-DD\uFF09\u3002"]
  ],
  source: [
    ["sources[]", "\u30D5\u30A1\u30A4\u30EB\u5185\u306E\u8A18\u9332\u304C\u5F15\u7528\u3059\u308B\u3059\u3079\u3066\u306E\u51FA\u5178\uFF08\u54041\u56DE\uFF09\u3002"],
    ["sources[].id", "\u8A18\u9332\u304C\u5F15\u7528\u3059\u308B\u3068\u304D\u306B\u4F7F\u3046\u51FA\u5178\u306Eid\u3002/sources#<id> \u304C\u51FA\u5178\u30DA\u30FC\u30B8\u3067\u306E\u305D\u306E\u9805\u76EE\u3067\u3059\u3002"],
    ["sources[].publisher", "\u767A\u884C\u5143\u3002"],
    ["sources[].title", "\u30BF\u30A4\u30C8\u30EB\u3002"],
    ["sources[].date", "\u516C\u958B\u65E5\u3002YYYY-MM-DD\u3001\u307E\u305F\u306F\u305D\u308C\u3057\u304B\u308F\u304B\u3089\u306A\u3044\u5834\u5408\u306FYYYY-MM\u304BYYYY\u3002"],
    ["sources[].url", "\u5143\u306E\u5A92\u4F53\u306E\u30A2\u30C9\u30EC\u30B9\u3002"],
    ["sources[].archiveUrl", "\u30A2\u30FC\u30AB\u30A4\u30D6\u3055\u308C\u305F\u5199\u3057\u306E\u30A2\u30C9\u30EC\u30B9\u3001\u307E\u305F\u306Fnull\u3002"],
    ["sources[].note", "\u767A\u884C\u5143\u81EA\u8EAB\u306E\u30DA\u30FC\u30B8\u4EE5\u5916\u3067\u8AAD\u3093\u3060\u5834\u5408\u306E\u8AAD\u307F\u65B9\u3001\u307E\u305F\u306Fnull\u3002"],
    ["sources[].confidence", "C1\uFF08\u539F\u5178\u3067\u78BA\u8A8D\uFF09\u307E\u305F\u306FC2\uFF08\u4E8C\u6B21\u7684\u306A\u5199\u3057\u3067\u78BA\u8A8D\uFF09\u3002"]
  ],
  files: {
    timeline: {
      name: "timeline.json",
      title: "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3",
      description: "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u306E\u3059\u3079\u3066\u306E\u51FA\u6765\u4E8B\u3002\u53E4\u3044\u9806\u3067\u3001\u305D\u308C\u305E\u308C\u306E\u51FA\u5178\u3064\u304D\u3002",
      fields: [
        ["entries[]", "\u51FA\u6765\u4E8B\u3002\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u3068\u540C\u3058\u9806\u3067\u3059\u3002"],
        ["entries[].slug", "\u51FA\u6765\u4E8B\u306E\u5909\u308F\u3089\u306A\u3044id\u3002/timeline#<slug> \u304C\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u4E0A\u306E\u305D\u306E\u4F4D\u7F6E\u3067\u3059\u3002"],
        ["entries[].url", "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u4E0A\u306E\u51FA\u6765\u4E8B\u306E\u30A2\u30C9\u30EC\u30B9\u3002"],
        ["entries[].title", "\u51FA\u6765\u4E8B\u306E\u898B\u51FA\u3057\u3002"],
        ["entries[].date", "YYYY-MM-DD\u3002\u51FA\u5178\u306B\u6708\u3057\u304B\u306A\u3044\u5834\u5408\u306FYYYY-MM\u3002"],
        ["entries[].dateLabel", '\u6B63\u78BA\u3067\u306A\u3044\u65E5\u4ED8\u306E\u30DA\u30FC\u30B8\u4E0A\u3067\u306E\u8868\u8A18\uFF08\u4F8B\uFF1A"Mid-September 2024"\uFF09\u3001\u307E\u305F\u306Fnull\u3002'],
        ["entries[].sortDate", "\u51FA\u6765\u4E8B\u3092\u7F6E\u304F\u65E5\uFF08YYYY-MM-DD\uFF09\u3002\u65E5\u304C\u308F\u304B\u3089\u306A\u3044\u5834\u5408\u306F\u5F53\u30B5\u30A4\u30C8\u306E\u63A8\u5B9A\u3002"],
        ["entries[].regions", "\u95A2\u4FC2\u3059\u308B\u5730\u57DF\uFF1Aeu-eea\u3001switzerland\u3001uk\u3001canada\u3001hong-kong\u3001elsewhere\u3002"],
        ["entries[].text", "\u4F55\u304C\u8D77\u304D\u305F\u304B\u3002\u5F53\u30B5\u30A4\u30C8\u306E\u3053\u3068\u3070\u3067\u3001\u6BB5\u843D\u306E\u30EA\u30B9\u30C8\u3068\u3057\u3066\u3002"],
        ["entries[].sources", "\u6839\u62E0\u3068\u306A\u308B\u51FA\u5178\u306Eid\u3002"]
      ]
    },
    regions: {
      name: "regions.json",
      title: "\u5730\u57DF\u30C1\u30A7\u30C3\u30AB\u30FC\u306E\u30EB\u30FC\u30EB",
      description: "\u305D\u308C\u305E\u308C\u306E\u56FD\u30FB\u5730\u57DF\u306B\u3064\u3044\u3066\u3001LinkedIn\u304C\u305D\u3053\u3067\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u521D\u671F\u8A2D\u5B9A\u3067\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u305F\u304B\u3069\u3046\u304B\u3092\u3001\u3053\u306E\u904B\u7528\u304C\u660E\u308B\u307F\u306B\u51FA\u3066\u4EE5\u964D\u306E\u671F\u9593\u3054\u3068\u306B\u3001\u7406\u7531\u3068\u3068\u3082\u306B\u793A\u3057\u307E\u3059\u3002",
      fields: [
        ["rangeStart", "\u30EB\u30FC\u30EB\u304C\u7B54\u3048\u308B\u6700\u521D\u306E\u65E5\uFF08YYYY-MM-DD\uFF09\u3002"],
        ["statuses[]", "\u3042\u308A\u3046\u308B\u7B54\u3048\u3002"],
        ["statuses[].id", "used-by-default\u3001excluded\u3001uncertain\u306E\u3044\u305A\u308C\u304B\u3002"],
        ["statuses[].label", "\u30B5\u30A4\u30C8\u4E0A\u3067\u306E\u7B54\u3048\u306E\u8868\u8A18\u3002"],
        ["jurisdictions[]", "\u540C\u3058\u7B54\u3048\u3092\u5171\u6709\u3059\u308B\u56FD\u30FB\u5730\u57DF\u306E\u30B0\u30EB\u30FC\u30D7\u3002"],
        ["jurisdictions[].id", "\u30B0\u30EB\u30FC\u30D7\u306Eid\u3002places \u304C\u3053\u308C\u3067\u6240\u5C5E\u3092\u793A\u3057\u307E\u3059\u3002"],
        ["jurisdictions[].name", '\u30B0\u30EB\u30FC\u30D7\u306E\u540D\u524D\u3002"members in"\uFF08\uFF5E\u306E\u30E1\u30F3\u30D0\u30FC\uFF09\u306B\u7D9A\u304F\u5F62\u3067\u3059\u3002'],
        ["jurisdictions[].why", "\u7B54\u3048\u304C\u305D\u3046\u306A\u3063\u3066\u3044\u308B\u7406\u7531\u3002"],
        ["jurisdictions[].advice", "\u305D\u3053\u306E\u30E1\u30F3\u30D0\u30FC\u304C\u307B\u304B\u306B\u3067\u304D\u308B\u3053\u3068\u3001\u307E\u305F\u306Fnull\u3002"],
        ["jurisdictions[].adviceSources", "advice\u306E\u51FA\u5178\u306Eid\u3002"],
        ["jurisdictions[].periods[]", "\u6642\u671F\u3054\u3068\u306E\u7B54\u3048\u3002rangeStart\u304B\u3089\u4ECA\u65E5\u307E\u3067\u3001\u3059\u304D\u9593\u3082\u91CD\u306A\u308A\u3082\u3042\u308A\u307E\u305B\u3093\u3002"],
        ["jurisdictions[].periods[].from", "\u671F\u9593\u306E\u6700\u521D\u306E\u65E5\uFF08YYYY-MM-DD\uFF09\u3002"],
        ["jurisdictions[].periods[].to", "\u671F\u9593\u306E\u6700\u5F8C\u306E\u65E5\uFF08\u305D\u306E\u65E5\u3092\u542B\u3080\uFF09\u3002\u73FE\u5728\u306E\u671F\u9593\u3067\u306Fnull\u3002"],
        ["jurisdictions[].periods[].status", "\u305D\u306E\u671F\u9593\u306E\u7B54\u3048\u3002statuses\u306Eid\u306E\u3044\u305A\u308C\u304B\u3002"],
        ["jurisdictions[].periods[].reason", "\u7406\u7531\u30021\uFF5E2\u6587\u3067\u3002"],
        ["jurisdictions[].periods[].caveat", "\u51FA\u5178\u3067\u306F\u6C7A\u7740\u3057\u3066\u3044\u306A\u3044\u3053\u3068\u3001\u307E\u305F\u306Fnull\u3002"],
        ["jurisdictions[].periods[].sources", "\u305D\u306E\u671F\u9593\u306E\u51FA\u5178\u306Eid\u3002"],
        ["jurisdictions[].periods[].timeline", "\u305D\u306E\u671F\u9593\u3092\u3082\u305F\u3089\u3057\u305F\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u306E\u51FA\u6765\u4E8B\u306Eslug\u3002"],
        ["places[]", "ISO 3166-1\u306E\u3059\u3079\u3066\u306E\u56FD\u30FB\u5730\u57DF\u30B3\u30FC\u30C9\u3068XK\u3002\u305D\u308C\u305E\u308C1\u3064\u306E\u30B0\u30EB\u30FC\u30D7\u306B\u5272\u308A\u5F53\u3066\u3089\u308C\u3066\u3044\u307E\u3059\u3002"],
        ["places[].code", "2\u6587\u5B57\u306E\u5927\u6587\u5B57\u306E\u30B3\u30FC\u30C9\u3002"],
        ["places[].name", "\u305D\u306E\u56FD\u30FB\u5730\u57DF\u306E\u82F1\u8A9E\u540D\u3002"],
        ["places[].jurisdiction", "\u6240\u5C5E\u3059\u308B\u30B0\u30EB\u30FC\u30D7\u306Eid\u3002"],
        ["places[].note", "\u305D\u306E\u30B0\u30EB\u30FC\u30D7\u306B\u5C5E\u3059\u308B\u7406\u7531\uFF08\u81EA\u660E\u3067\u306A\u3044\u5834\u5408\uFF09\u3001\u307E\u305F\u306Fnull\u3002"],
        ["places[].url", "\u5730\u57DF\u30C1\u30A7\u30C3\u30AB\u30FC\u3067\u306E\u305D\u306E\u56FD\u30FB\u5730\u57DF\u306E\u30DA\u30FC\u30B8\u3002"]
      ]
    }
  },
  feed: {
    name: "feed.xml",
    title: "\u30D5\u30A3\u30FC\u30C9",
    description: "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u306E\u51FA\u6765\u4E8B\u3068\u8A02\u6B63\u3092\u65B0\u3057\u3044\u9806\u306B\u8F09\u305B\u305F\u3001\u30D5\u30A3\u30FC\u30C9\u30EA\u30FC\u30C0\u30FC\u5411\u3051\u306EAtom\u30D5\u30A3\u30FC\u30C9\u3002\u5404\u51FA\u6765\u4E8B\u306F\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u4E0A\u306E\u305D\u306E\u4F4D\u7F6E\u306B\u30EA\u30F3\u30AF\u3057\u3066\u3044\u307E\u3059\u3002"
  },
  sitemap: {
    name: "sitemap.xml",
    title: "\u30B5\u30A4\u30C8\u30DE\u30C3\u30D7",
    description: "\u3059\u3079\u3066\u306E\u30DA\u30FC\u30B8\u306E\u30A2\u30C9\u30EC\u30B9\u3002"
  }
};

// lib/ui-text/ja/feed.ts
var feed2 = {
  title: (siteName) => `${siteName}\uFF1A\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u3068\u8A02\u6B63`,
  subtitle: "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u306E\u3059\u3079\u3066\u306E\u51FA\u6765\u4E8B\uFF08\u65B0\u3057\u3044\u9806\u3002\u305D\u308C\u305E\u308C\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u4E0A\u306E\u8A72\u5F53\u7B87\u6240\u306B\u30EA\u30F3\u30AF\u3057\u3066\u3044\u307E\u3059\uFF09\u3068\u3001\u3053\u306E\u30B5\u30A4\u30C8\u306E\u5185\u5BB9\u306B\u52A0\u3048\u305F\u3059\u3079\u3066\u306E\u8A02\u6B63\u3002",
  timelineCategory: "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3",
  correctionCategory: "\u8A02\u6B63",
  correctionTitle: (title) => `\u8A02\u6B63\uFF1A${title}`,
  when: "\u65E5\u4ED8",
  sources: "\u51FA\u5178",
  corrected: "\u8A02\u6B63\u65E5"
};
var socialCard2 = {
  regionKicker: "\u81EA\u5206\u306F\u5BFE\u8C61\uFF1F",
  asOf: (date) => `${date}\u73FE\u5728`,
  alt: (title, siteName) => `${title}\uFF08${siteName}\uFF09`,
  regionAlt: (place, verdict, date, siteName) => `${place}\uFF1A${verdict}\uFF08${date}\u73FE\u5728\uFF09\u3002${siteName}`
};

// lib/ui-text/ja/guide.ts
var guide2 = {
  title: "\u30AA\u30D5\u306B\u3059\u308B\u65B9\u6CD5",
  description: "\u304A\u624B\u5143\u306E\u7AEF\u672B\u3067\u4E00\u3064\u305A\u3064\uFF1ALinkedIn\u306E\u300CData for Generative AI Improvement\u300D\u3068\u3044\u3046\u8A2D\u5B9A\u3092\u30AA\u30D5\u306B\u3059\u308B\u65B9\u6CD5\u3068\u3001\u30AA\u30D5\u306B\u3057\u3066\u3082\u5909\u308F\u3089\u306A\u3044\u3053\u3068\u3002",
  intro: "LinkedIn\u304C\u3042\u306A\u305F\u306E\u30C7\u30FC\u30BF\u3067\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u3092\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u3067\u304D\u308B\u3088\u3046\u306B\u3059\u308B\u8A2D\u5B9A\u3092\u3001\u30AA\u30D5\u306B\u3057\u307E\u3057\u3087\u3046\u3002\u304A\u4F7F\u3044\u306E\u7AEF\u672B\u3092\u9078\u3093\u3067\u304F\u3060\u3055\u3044\u3002\u3069\u306E\u30AC\u30A4\u30C9\u3082\u4E00\u3064\u305A\u3064\u624B\u9806\u3092\u9032\u3081\u307E\u3059\u3002",
  chooseHeading: "\u304A\u4F7F\u3044\u306E\u7AEF\u672B\u306F\u3069\u308C\u3067\u3059\u304B\uFF1F",
  suggested: "\u30FB\u3053\u306E\u7AEF\u672B\u306B\u304A\u3059\u3059\u3081",
  platformTitle: (name) => `\u30AA\u30D5\u306B\u3059\u308B\u65B9\u6CD5\uFF1A${name}`,
  platformDescription: (name) => `${name}\u3067\u306E\u624B\u9806\u3092\u4E00\u3064\u305A\u3064\uFF1ALinkedIn\u306E\u300CData for Generative AI Improvement\u300D\u3068\u3044\u3046\u8A2D\u5B9A\u3092\u30AA\u30D5\u306B\u3057\u307E\u3059\u3002`,
  otherDevices: "\u307B\u304B\u306E\u7AEF\u672B\uFF1A",
  fastestHeading: "\u3044\u3061\u3070\u3093\u65E9\u3044\u65B9\u6CD5",
  directLinkLabel: "LinkedIn\u3067\u3053\u306E\u8A2D\u5B9A\u3092\u958B\u304F",
  expectationsHeading: "\u59CB\u3081\u308B\u524D\u306B",
  stepsHeading: "\u624B\u9806",
  stepLabel: (n, total) => `\u30B9\u30C6\u30C3\u30D7${n}\uFF0F${total}`,
  stepCount: (n) => `${n}\u30B9\u30C6\u30C3\u30D7`,
  checkLabel: "\u6700\u5F8C\u306E\u78BA\u8A8D",
  progress: (current, total, done) => `\u30B9\u30C6\u30C3\u30D7${current}\uFF0F${total}\u3002${done === total ? "\u3059\u3079\u3066\u306E\u30B9\u30C6\u30C3\u30D7\u304C\u5B8C\u4E86\u3057\u307E\u3057\u305F\u3002" : `${total}\u30B9\u30C6\u30C3\u30D7\u4E2D${done}\u30B9\u30C6\u30C3\u30D7\u304C\u5B8C\u4E86\u3057\u3066\u3044\u307E\u3059\u3002`}`,
  markDone: "\u3053\u306E\u30B9\u30C6\u30C3\u30D7\u3092\u7D42\u3048\u307E\u3057\u305F",
  back: "\u623B\u308B",
  next: "\u6B21\u306E\u30B9\u30C6\u30C3\u30D7\u3078",
  startOver: "\u6700\u521D\u304B\u3089\u3084\u308A\u76F4\u3059",
  startedOver: "\u9032\u307F\u5177\u5408\u3092\u6D88\u53BB\u3057\u307E\u3057\u305F\u3002\u30B9\u30C6\u30C3\u30D71\u306B\u623B\u308A\u307E\u3057\u305F\u3002",
  doneMark: "\u5B8C\u4E86",
  lastVerified: (date) => `\u51FA\u5178\u3068\u6700\u5F8C\u306B\u7167\u5408\u3057\u305F\u65E5\uFF1A${date}`,
  sourcesLabel: "\u51FA\u5178",
  afterHeading: "\u30AA\u30D7\u30C8\u30A2\u30A6\u30C8\u3057\u3066\u3082\u5909\u308F\u3089\u306A\u3044\u3053\u3068",
  regionHeading: "\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF",
  regionSaved: (place) => `\u5730\u57DF\u30C1\u30A7\u30C3\u30AB\u30FC\u306B${place}\u3092\u4FDD\u5B58\u3057\u3066\u3044\u307E\u3059\u3002`,
  regionSee: "\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF\u306E\u8A73\u7D30\u3092\u898B\u308B",
  regionNone: "\u5730\u57DF\u30C1\u30A7\u30C3\u30AB\u30FC\u3067\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF\u3092\u9078\u3076\u3068\u3001\u305D\u3053\u3067\u4F55\u304C\u5F53\u3066\u306F\u307E\u308B\u304B\u3092\u78BA\u8A8D\u3067\u304D\u307E\u3059\u3002",
  printHint: "\u3053\u306E\u30DA\u30FC\u30B8\u3092\u5370\u5237\u3059\u308B\u3068\u30011\u30DA\u30FC\u30B8\u306E\u30C1\u30A7\u30C3\u30AF\u30EA\u30B9\u30C8\u306B\u306A\u308A\u307E\u3059\u3002",
  pageSources: "\u3053\u306E\u30AC\u30A4\u30C9\u306E\u51FA\u5178",
  reportedLabel: (wording) => `\uFF08\u8868\u793A\u4F8B\uFF1A\u300C${wording}\u300D\uFF09`,
  reportedLabelsNote: "LinkedIn\u306E\u753B\u9762\u306E\u8868\u793A\u540D\u306F\u3001LinkedIn\u304C\u82F1\u8A9E\u3067\u8868\u793A\u3059\u308B\u3068\u304A\u308A\u306B\u82F1\u8A9E\u3067\u793A\u3057\u3066\u3044\u307E\u3059\u3002\u305D\u306E\u5F8C\u308D\u306E\u300C\u8868\u793A\u4F8B\u300D\u306F\u3001\u65E5\u672C\u8A9E\u3067\u66F8\u304B\u308C\u305F\u5831\u9053\u3084\u89E3\u8AAC\u8A18\u4E8B\u306B\u3042\u308B\u8868\u8A18\u306E\u4F8B\u3067\u3059\u3002LinkedIn\u304B\u3089\u306F\u78BA\u8A8D\u3067\u304D\u3066\u304A\u3089\u305A\u3001\u5B9F\u969B\u306E\u65E5\u672C\u8A9E\u8868\u793A\u306F\u3053\u308C\u3068\u7570\u306A\u308B\u5834\u5408\u304C\u3042\u308A\u307E\u3059\u3002"
};

// lib/ui-text/ja/object.ts
var regulators2 = {
  heading: "\u898F\u5236\u5F53\u5C40\u306E\u898B\u89E3",
  /** `of` は「アイルランドの」のように「の」までを含む形で届く想定。 */
  ownHeading: (of, name) => `${of}${name}`,
  leadHeading: (name) => `LinkedIn\u3092\u4E3B\u306B\u76E3\u7763\u3059\u308B\u898F\u5236\u5F53\u5C40\uFF1A${name}`,
  ownAuthorityHeading: "\u304A\u4F4F\u307E\u3044\u306E\u56FD\u306E\u898F\u5236\u5F53\u5C40",
  website: (name) => `${name}\u306E\u30A6\u30A7\u30D6\u30B5\u30A4\u30C8\uFF08\u61F8\u5FF5\u306E\u4F1D\u3048\u65B9\u3084\u82E6\u60C5\u306E\u7533\u3057\u7ACB\u3066\u65B9\u306E\u6848\u5185\u304C\u3042\u308A\u307E\u3059\uFF09`,
  beyondHeading: "\u8A2D\u5B9A\u3092\u30AA\u30D5\u306B\u3059\u308B\u4EE5\u5916\u306B\u3067\u304D\u308B\u3053\u3068",
  beyondLink: "\u8A2D\u5B9A\u3092\u30AA\u30D5\u306B\u3059\u308B\u4EE5\u5916\u306E\u7570\u8B70\u306E\u7533\u3057\u7ACB\u3066\u65B9\uFF1A\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF\u306E\u6CD5\u5F8B\u3001\u904E\u53BB\u306E\u30C7\u30FC\u30BF\u3001\u30B3\u30D4\u30FC\u3057\u3066\u4F7F\u3048\u308B\u6587\u9762"
};
var objectPage2 = {
  sourcesLabel: "\u51FA\u5178",
  covers: "\u542B\u307E\u308C\u308B\u3082\u306E\uFF1A",
  doesNotCover: "\u542B\u307E\u308C\u306A\u3044\u3082\u306E\uFF1A",
  placesInSection: (count) => `\u3053\u306E\u30B0\u30EB\u30FC\u30D7\u306E\u56FD\u30FB\u5730\u57DF\uFF08${count}\uFF09`,
  savedPlacePending: "\u5730\u57DF\u30DA\u30FC\u30B8\u3067\u5730\u57DF\u3092\u4FDD\u5B58\u3057\u3066\u3044\u308B\u5834\u5408\u306F\u3001\u3053\u306E\u30DA\u30FC\u30B8\u306E\u8A72\u5F53\u3059\u308B\u90E8\u5206\u3078\u306E\u30EA\u30F3\u30AF\u304C\u3053\u3053\u306B\u8868\u793A\u3055\u308C\u307E\u3059\u3002",
  savedPlace: "\u4FDD\u5B58\u3057\u305F\u5730\u57DF\uFF08{place}\uFF09\u306F\u300C{section}\u300D\u306B\u542B\u307E\u308C\u307E\u3059\u3002",
  noSavedPlace: "\u3053\u306E\u30D6\u30E9\u30A6\u30B6\u306B\u306F\u5730\u57DF\u304C\u4FDD\u5B58\u3055\u308C\u3066\u3044\u307E\u305B\u3093\u3002\u4E0B\u304B\u3089\u9078\u3076\u304B\u3001\u305D\u306E\u5730\u57DF\u306E\u5730\u57DF\u30DA\u30FC\u30B8\u3067\u4FDD\u5B58\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  goToSection: "\u305D\u306E\u90E8\u5206\u3078\u79FB\u52D5",
  legalBasis: "LinkedIn\u304C\u793A\u3059\u6CD5\u7684\u6839\u62E0",
  rightToObject: "\u7570\u8B70\u3092\u7533\u3057\u7ACB\u3066\u308B\u6A29\u5229",
  olderData: "\u4ECA\u30AA\u30D5\u306B\u3059\u308B\u3068\u3001\u904E\u53BB\u306E\u30C7\u30FC\u30BF\u306B\u3082\u52B9\u679C\u304C\u3042\u308A\u307E\u3059\u304B\uFF1F",
  regulatorsHeading: "\u898F\u5236\u5F53\u5C40",
  noRegulator: "2026\u5E7411\u670829\u65E5\u306E\u6642\u70B9\u3067\u3001\u3053\u306E\u5730\u57DF\u306E\u898F\u5236\u5F53\u5C40\u304CLinkedIn\u306EAI\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u3064\u3044\u3066\u51FA\u3057\u305F\u58F0\u660E\u306E\u3046\u3061\u3001\u5F53\u30B5\u30A4\u30C8\u304C\u51FA\u5178\u3068\u3057\u3066\u793A\u305B\u308B\u3082\u306E\u306F\u898B\u3064\u304B\u3063\u3066\u3044\u307E\u305B\u3093\u3002",
  templateLabel: (section) => `${section}\u5411\u3051\u306E\u7570\u8B70\u7533\u3057\u7ACB\u3066\u6587`,
  copy: "\u6587\u9762\u3092\u30B3\u30D4\u30FC",
  copied: "\u30B3\u30D4\u30FC\u3057\u307E\u3057\u305F\u3002LinkedIn\u306E\u30D5\u30A9\u30FC\u30E0\u306B\u8CBC\u308A\u4ED8\u3051\u3066\u304F\u3060\u3055\u3044\u3002",
  copyFailed: "\u30D6\u30E9\u30A6\u30B6\u304C\u30B3\u30D4\u30FC\u3092\u8A31\u53EF\u3057\u307E\u305B\u3093\u3067\u3057\u305F\u3002\u6587\u9762\u3092\u9078\u629E\u3057\u3066\u3001\u3054\u81EA\u8EAB\u3067\u30B3\u30D4\u30FC\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  noScriptCopy: "\u6587\u9762\u3092\u9078\u629E\u3057\u3066\u30B3\u30D4\u30FC\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
  sourcesHeading: "\u51FA\u5178"
};

// lib/ui-text/ja/region.ts
var region2 = {
  pickerTitle: "\u81EA\u5206\u306F\u5BFE\u8C61\uFF1F",
  pickerDescription: "\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF\u3092\u9078\u3076\u3068\u30012024\u5E749\u6708\u4EE5\u964D\u306E\u3069\u306E\u65E5\u306B\u3064\u3044\u3066\u3082\u3001LinkedIn\u304C\u3042\u306A\u305F\u306E\u30C7\u30FC\u30BF\u3092\u521D\u671F\u8A2D\u5B9A\u3067\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u305F\u304B\u3069\u3046\u304B\u304C\u308F\u304B\u308A\u307E\u3059\u3002",
  pageTitle: (place) => `${place}\uFF1A\u81EA\u5206\u306F\u5BFE\u8C61\uFF1F`,
  pageDescription: (place) => `2024\u5E749\u6708\u4EE5\u964D\u3001LinkedIn\u304C${place}\u306E\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u521D\u671F\u8A2D\u5B9A\u3067\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u305F\u304B\u3069\u3046\u304B\u3068\u3001\u3067\u304D\u308B\u3053\u3068\u3002`,
  pickerIntro: "\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF\u3092\u9078\u3093\u3067\u304F\u3060\u3055\u3044\u3002LinkedIn\u304C\u305D\u306E\u5730\u57DF\u306E\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u521D\u671F\u8A2D\u5B9A\u3067\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u308B\u304B\u3069\u3046\u304B\u3092\u3001\u4ECA\u65E5\u306E\u6642\u70B9\u3068\u30012024\u5E749\u670818\u65E5\u4EE5\u964D\u306E\u4EFB\u610F\u306E\u65E5\u306B\u3064\u3044\u3066\u3001\u305D\u306E\u7406\u7531\u3068\u3068\u3082\u306B\u8868\u793A\u3057\u307E\u3059\u3002",
  privacyNote: "\u9078\u3093\u3060\u5730\u57DF\u306F\u304A\u4F7F\u3044\u306E\u30D6\u30E9\u30A6\u30B6\u306E\u4E2D\u306B\u3060\u3051\u6B8B\u308A\u307E\u3059\u3002\u3053\u306E\u30B5\u30A4\u30C8\u306F\u4F4D\u7F6E\u60C5\u5831\u3092\u8ABF\u3079\u305A\u3001\u3069\u3053\u306B\u3082\u4F55\u3082\u9001\u308A\u307E\u305B\u3093\u3002",
  searchLabel: "\u56FD\u30FB\u5730\u57DF",
  searchHint: "\u540D\u524D\u304B2\u6587\u5B57\u306E\u30B3\u30FC\u30C9\u3092\u5165\u529B\u3057\u3066\u3001\u4E00\u89A7\u304B\u3089\u9078\u3093\u3067\u304F\u3060\u3055\u3044\u3002",
  matches: (count) => count === 0 ? "\u8A72\u5F53\u3059\u308B\u56FD\u30FB\u5730\u57DF\u306F\u3042\u308A\u307E\u305B\u3093\u3002" : count === 1 ? "1\u4EF6\u306E\u56FD\u30FB\u5730\u57DF\u304C\u8A72\u5F53\u3057\u307E\u3059\u3002" : `${count}\u4EF6\u306E\u56FD\u30FB\u5730\u57DF\u304C\u8A72\u5F53\u3057\u307E\u3059\u3002`,
  suggestion: "\u30D6\u30E9\u30A6\u30B6\u306E\u8A00\u8A9E\u8A2D\u5B9A\u304B\u3089\uFF1A",
  remembered: "\u4FDD\u5B58\u3057\u305F\u5730\u57DF\uFF1A",
  allPlaces: "\u3059\u3079\u3066\u306E\u56FD\u30FB\u5730\u57DF",
  allPlacesIntro: "\u3059\u3079\u3066\u306E\u56FD\u30FB\u5730\u57DF\u306E\u4E00\u89A7\u3067\u3059\u3002\u30EA\u30F3\u30AF\u3092\u958B\u304F\u3068\u3001\u305D\u306E\u56FD\u30FB\u5730\u57DF\u306E\u7B54\u3048\u304C\u8868\u793A\u3055\u308C\u307E\u3059\u3002",
  backToAll: "\u3059\u3079\u3066\u306E\u56FD\u30FB\u5730\u57DF",
  statusLabel: {
    "used-by-default": "\u521D\u671F\u8A2D\u5B9A\u3067\u5229\u7528",
    excluded: "\u5BFE\u8C61\u5916",
    uncertain: "\u4E0D\u660E"
  },
  verdict: {
    "used-by-default": (place, when, now) => now ? `\u306F\u3044\u3002${when}\u3001LinkedIn\u306F${place}\u306E\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u3001\u521D\u671F\u8A2D\u5B9A\u3067\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u307E\u3059\u3002\u30E1\u30F3\u30D0\u30FC\u304C\u30AA\u30D5\u306B\u3057\u306A\u3044\u9650\u308A\u3001\u3053\u306E\u8A2D\u5B9A\u306F\u30AA\u30F3\u3067\u3059\u3002` : `\u306F\u3044\u3002${when}\u3001LinkedIn\u306F${place}\u306E\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u3001\u521D\u671F\u8A2D\u5B9A\u3067\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u307E\u3057\u305F\u3002\u30E1\u30F3\u30D0\u30FC\u304C\u30AA\u30D5\u306B\u3057\u306A\u3044\u9650\u308A\u3001\u3053\u306E\u8A2D\u5B9A\u306F\u30AA\u30F3\u3067\u3057\u305F\u3002`,
    excluded: (place, when, now) => now ? `\u3044\u3044\u3048\u3002${when}\u3001LinkedIn\u306F${place}\u306E\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u3001\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u307E\u305B\u3093\u3002` : `\u3044\u3044\u3048\u3002${when}\u3001LinkedIn\u306F${place}\u306E\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u3001\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u307E\u305B\u3093\u3067\u3057\u305F\u3002`,
    uncertain: (place, when, now) => now ? `\u4E0D\u660E\u3067\u3059\u3002${when}\u3001LinkedIn\u304C${place}\u306E\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u308B\u304B\u3069\u3046\u304B\u306F\u3001\u51FA\u5178\u304B\u3089\u306F\u5224\u65AD\u3067\u304D\u307E\u305B\u3093\u3002` : `\u4E0D\u660E\u3067\u3059\u3002${when}\u3001LinkedIn\u304C${place}\u306E\u30E1\u30F3\u30D0\u30FC\u306E\u30C7\u30FC\u30BF\u3092\u30B3\u30F3\u30C6\u30F3\u30C4\u751F\u6210AI\u306E\u30C8\u30EC\u30FC\u30CB\u30F3\u30B0\u306B\u5229\u7528\u3057\u3066\u3044\u305F\u304B\u3069\u3046\u304B\u306F\u3001\u51FA\u5178\u304B\u3089\u306F\u5224\u65AD\u3067\u304D\u307E\u305B\u3093\u3002`
  },
  /** 答えの文中で「${when}、LinkedInは…」と続く形。 */
  asOf: (date) => `${date}\u73FE\u5728`,
  onDate: (date) => `${date}\u306E\u6642\u70B9\u3067`,
  verdictHeading: "\u7B54\u3048",
  dateLabel: "\u307B\u304B\u306E\u65E5\u4ED8\u3067\u78BA\u8A8D\u3059\u308B",
  dateHint: (start, end) => `${start}\u304B\u3089${end}\u307E\u3067\u306E\u65E5\u3092\u9078\u3079\u307E\u3059\u3002`,
  showDate: "\u3053\u306E\u65E5\u4ED8\u3067\u8868\u793A",
  backToToday: "\u4ECA\u65E5\u306B\u623B\u308B",
  noScriptDate: "\u307B\u304B\u306E\u65E5\u4ED8\u3067\u78BA\u8A8D\u3059\u308B\u306B\u306F\u3001JavaScript\u3092\u6709\u52B9\u306B\u3057\u3066\u304F\u3060\u3055\u3044\u3002\u4E0B\u306E\u5C65\u6B74\u306B\u3001\u3053\u308C\u307E\u3067\u306E\u5909\u66F4\u304C\u3059\u3079\u3066\u8F09\u3063\u3066\u3044\u307E\u3059\u3002",
  notice: {
    malformed: (input) => `\u300C${input}\u300D\u306F\u65E5\u4ED8\u3068\u3057\u3066\u8AAD\u307F\u53D6\u308C\u307E\u305B\u3093\uFF08YYYY-MM-DD\u306E\u5F62\u3067\u5165\u529B\u3057\u3066\u304F\u3060\u3055\u3044\uFF09\u3002\u305D\u306E\u305F\u3081\u3001\u4ECA\u65E5\u306E\u7B54\u3048\u3092\u8868\u793A\u3057\u3066\u3044\u307E\u3059\u3002`,
    "before-range": (input, start) => `${input}\u306F\u3001\u3053\u306E\u904B\u7528\u304C\u516C\u306B\u306A\u3063\u305F${start}\u3088\u308A\u524D\u306E\u65E5\u4ED8\u3067\u3059\u3002\u305D\u306E\u305F\u3081\u3001\u4ECA\u65E5\u306E\u7B54\u3048\u3092\u8868\u793A\u3057\u3066\u3044\u307E\u3059\u3002`,
    "after-today": (input) => `${input}\u306F\u672A\u6765\u306E\u65E5\u4ED8\u3067\u3059\u3002\u305D\u306E\u305F\u3081\u3001\u4ECA\u65E5\u306E\u7B54\u3048\u3092\u8868\u793A\u3057\u3066\u3044\u307E\u3059\u3002`
  },
  historyHeading: "\u3044\u3064\u3001\u4F55\u304C\u5909\u308F\u3063\u305F\u304B",
  current: "\u73FE\u5728",
  chosen: "\u9078\u3093\u3060\u65E5\u4ED8",
  periodTo: "\uFF5E",
  untilToday: "\u4ECA\u65E5",
  whyHeading: "\u7406\u7531",
  aboutPlace: "\u3053\u306E\u56FD\u30FB\u5730\u57DF\u306B\u3064\u3044\u3066\uFF1A",
  doHeading: "\u3067\u304D\u308B\u3053\u3068",
  doGuide: "\u8A2D\u5B9A\u3092\u30AA\u30D5\u306B\u3059\u308B\uFF1A\u76F4\u63A5\u30EA\u30F3\u30AF\u3068\u3001\u304A\u4F7F\u3044\u306E\u7AEF\u672B\u3067\u306E\u624B\u9806\u3002",
  timelineHeading: "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u4E0A\u306E\u51FA\u6765\u4E8B",
  sourcesHeading: "\u51FA\u5178",
  remember: "\u3053\u306E\u7AEF\u672B\u3067\u3053\u306E\u5730\u57DF\u3092\u8A18\u61B6\u3059\u308B",
  forget: "\u4FDD\u5B58\u3057\u305F\u5730\u57DF\u3092\u6D88\u53BB\u3059\u308B",
  rememberedHere: "\u3053\u306E\u30D6\u30E9\u30A6\u30B6\u306B\u3060\u3051\u4FDD\u5B58\u3055\u308C\u3066\u3044\u307E\u3059\u3002",
  notFoundRegion: (code) => `\u300C${code}\u300D\u3068\u3044\u3046\u30B3\u30FC\u30C9\u306E\u56FD\u30FB\u5730\u57DF\u306F\u3042\u308A\u307E\u305B\u3093\u3002\u4E0B\u304B\u3089\u9078\u3093\u3067\u304F\u3060\u3055\u3044\u3002`,
  didYouMeanEnd: "\u306E\u3053\u3068\u3067\u3059\u304B\uFF1F",
  didYouMean: "\u3082\u3057\u304B\u3057\u3066"
};

// lib/ui-text/ja/site.ts
var skipToContent2 = "\u672C\u6587\u3078\u79FB\u52D5";
var nav2 = {
  label: "\u30E1\u30A4\u30F3",
  links: [
    { href: "/", label: "\u7D4C\u7DEF", hint: "LinkedIn\u304C\u4F55\u3092\u3057\u305F\u304B\u3001\u305D\u3057\u3066\u30AA\u30D5\u306B\u3059\u308B\u65B9\u6CD5" },
    { href: "/region", label: "\u81EA\u5206\u306F\u5BFE\u8C61\uFF1F", hint: "\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF\u3067\u306E\u7B54\u3048" },
    { href: "/guide", label: "\u30AA\u30D5\u306B\u3059\u308B\u65B9\u6CD5", hint: "\u304A\u4F7F\u3044\u306E\u7AEF\u672B\u3067\u306E\u624B\u9806\u3092\u3001\u4E00\u3064\u305A\u3064" },
    { href: "/timeline", label: "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3", hint: "\u3059\u3079\u3066\u306E\u51FA\u6765\u4E8B\u3092\u3001\u65E5\u4ED8\u3068\u51FA\u5178\u3064\u304D\u3067" },
    { href: "/sources", label: "\u51FA\u5178", hint: "\u3053\u306E\u30B5\u30A4\u30C8\u304C\u4F9D\u62E0\u3059\u308B\u3059\u3079\u3066\u306E\u51FA\u5178" },
    { href: "/about", label: "\u3053\u306E\u30B5\u30A4\u30C8\u306B\u3064\u3044\u3066", hint: "\u8ABF\u3079\u65B9\u3001\u8A02\u6B63\u3001\u30AA\u30FC\u30D7\u30F3\u30C7\u30FC\u30BF" }
  ]
};
var footer2 = {
  lastReviewed: "\u5185\u5BB9\u306E\u6700\u7D42\u78BA\u8A8D\u65E5",
  reportMistake: "\u8AA4\u308A\u3092\u5831\u544A\u3059\u308B",
  privacy: "\u3053\u306E\u30B5\u30A4\u30C8\u306FCookie\u3092\u4F7F\u308F\u305A\u3001\u30A2\u30AF\u30BB\u30B9\u89E3\u6790\u3082\u884C\u308F\u305A\u3001\u307B\u304B\u306E\u30B5\u30A4\u30C8\u304B\u3089\u4F55\u3082\u8AAD\u307F\u8FBC\u307F\u307E\u305B\u3093\u3002",
  about: "\u3053\u306E\u30B5\u30A4\u30C8\u306B\u3064\u3044\u3066\u3001\u8A02\u6B63\u3068\u30AA\u30FC\u30D7\u30F3\u30C7\u30FC\u30BF"
};
var theme2 = {
  label: "\u914D\u8272",
  options: {
    system: "\u7AEF\u672B\u306E\u8A2D\u5B9A",
    light: "\u30E9\u30A4\u30C8",
    dark: "\u30C0\u30FC\u30AF"
  }
};
var language2 = {
  openGraphLocale: "ja_JP",
  label: "\u8A00\u8A9E",
  suggestion: "\u3053\u306E\u30DA\u30FC\u30B8\u306F\u65E5\u672C\u8A9E\u3067\u3082\u8AAD\u3081\u307E\u3059\u3002",
  suggestionLink: "\u65E5\u672C\u8A9E\u3067\u8AAD\u3080",
  dismiss: "\u9589\u3058\u308B"
};
var punctuation2 = {
  colon: "\uFF1A",
  listSeparator: "\u3001",
  fullStop: "\u3002"
};
var cite2 = {
  label: (number, source) => `\u51FA\u5178${number}\uFF1A${source}`
};
var callout2 = {
  note: "\u88DC\u8DB3",
  warning: "\u6CE8\u610F"
};
var notFound2 = {
  title: "\u30DA\u30FC\u30B8\u304C\u898B\u3064\u304B\u308A\u307E\u305B\u3093",
  body: "\u3053\u306E\u30A2\u30C9\u30EC\u30B9\u306B\u306F\u30DA\u30FC\u30B8\u304C\u3042\u308A\u307E\u305B\u3093\u3002\u30DA\u30FC\u30B8\u304C\u79FB\u52D5\u3057\u305F\u304B\u3001\u30EA\u30F3\u30AF\u306E\u30A2\u30C9\u30EC\u30B9\u304C\u9593\u9055\u3063\u3066\u3044\u308B\u53EF\u80FD\u6027\u304C\u3042\u308A\u307E\u3059\u3002",
  suggestions: "\u304A\u63A2\u3057\u306E\u30DA\u30FC\u30B8\u306F\u6B21\u306E\u3069\u308C\u304B\u304B\u3082\u3057\u308C\u307E\u305B\u3093\uFF1A",
  pickPlace: "\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF\u3092\u304A\u63A2\u3057\u3067\u3059\u304B\uFF1F"
};

// lib/ui-text/ja/sources.ts
var sources2 = {
  title: "\u51FA\u5178",
  description: "\u3053\u306E\u30B5\u30A4\u30C8\u304C\u4F9D\u62E0\u3059\u308B\u3059\u3079\u3066\u306E\u51FA\u5178\u30921\u56DE\u305A\u3064\u3001\u3069\u3053\u3067\u5F15\u7528\u3057\u3066\u3044\u308B\u304B\u3068\u3068\u3082\u306B\u63B2\u8F09\u3057\u3066\u3044\u307E\u3059\u3002",
  intro: "\u5404\u51FA\u5178\u306F1\u56DE\u305A\u3064\u63B2\u8F09\u3057\u3066\u3044\u307E\u3059\u3002\u300C\u539F\u5178\u3067\u78BA\u8A8D\u300D\u3068\u3042\u308B\u8A18\u8FF0\u306F\u3001\u539F\u5178\u307E\u305F\u306F\u305D\u306E\u5FE0\u5B9F\u306A\u5199\u3057\u3067\u8AAD\u3093\u3060\u3082\u306E\u3001\u300C\u4E8C\u6B21\u7684\u306A\u5199\u3057\u3067\u78BA\u8A8D\u300D\u3068\u3042\u308B\u8A18\u8FF0\u306F\u3001\u8EE2\u8F09\u3055\u308C\u305F\u5199\u3057\u3084\u307B\u304B\u306E\u5A92\u4F53\u306E\u5831\u9053\u3067\u8AAD\u3093\u3060\u3082\u306E\u3067\u3059\u3002",
  published: "\u516C\u958B\u65E5",
  archived: "\u30A2\u30FC\u30AB\u30A4\u30D6\u3055\u308C\u305F\u5199\u3057",
  address: "\u30A2\u30C9\u30EC\u30B9",
  reliability: "\u4FE1\u983C\u5EA6",
  note: "\u6CE8\u8A18",
  citedIn: "\u5F15\u7528\u7B87\u6240",
  citingPlace: {
    story: "\u7D4C\u7DEF",
    about: "\u3053\u306E\u30B5\u30A4\u30C8\u306B\u3064\u3044\u3066",
    timelineEntry: (title) => `\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\uFF1A${title}`,
    regionChecker: "\u5730\u57DF\u30C1\u30A7\u30C3\u30AB\u30FC",
    jurisdiction: (name) => `\u5730\u57DF\u30C1\u30A7\u30C3\u30AB\u30FC\uFF1A${name}`,
    guide: "\u30AA\u30D5\u306B\u3059\u308B\u65B9\u6CD5",
    guidePlatform: (name) => `\u30AA\u30D5\u306B\u3059\u308B\u65B9\u6CD5\uFF1A${name}`
  },
  confidence: {
    C1: "\u539F\u5178\u3067\u78BA\u8A8D",
    C2: "\u4E8C\u6B21\u7684\u306A\u5199\u3057\u3067\u78BA\u8A8D"
  }
};

// lib/ui-text/ja/timeline.ts
var timeline2 = {
  title: "\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3",
  description: "2024\u5E749\u6708\u306E\u5831\u9053\u304B\u3089\u73FE\u5728\u306E\u72B6\u6CC1\u307E\u3067\u30012023\u5E74\u306E\u80CC\u666F\u3082\u4E00\u90E8\u542B\u3081\u3066\u3001\u3059\u3079\u3066\u306E\u51FA\u6765\u4E8B\u3092\u65E5\u4ED8\u9806\u306B\u3001\u305D\u308C\u305E\u308C\u306E\u51FA\u5178\u3068\u3068\u3082\u306B\u63B2\u8F09\u3057\u3066\u3044\u307E\u3059\u3002",
  regionTitle: (region3) => `\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\uFF1A${region3}`,
  regionDescription: (region3) => `${region3}\u306B\u95A2\u4FC2\u3059\u308B\u51FA\u6765\u4E8B\u3060\u3051\u306B\u7D5E\u3063\u305F\u30BF\u30A4\u30E0\u30E9\u30A4\u30F3\u3067\u3059\u3002\u65E5\u4ED8\u9806\u306B\u3001\u305D\u308C\u305E\u308C\u306E\u51FA\u5178\u3068\u3068\u3082\u306B\u63B2\u8F09\u3057\u3066\u3044\u307E\u3059\u3002`,
  filterLabel: "\u8868\u793A\u3059\u308B\u5730\u57DF",
  allRegions: "\u3059\u3079\u3066\u306E\u5730\u57DF",
  regionsLabel: "\u95A2\u4FC2\u3059\u308B\u5730\u57DF",
  everywhere: "\u3059\u3079\u3066\u306E\u5730\u57DF\u306E\u30E1\u30F3\u30D0\u30FC",
  sourcesLabel: "\u51FA\u5178",
  showingRegion: (region3, shown, total) => `\u5168${total}\u4EF6\u306E\u51FA\u6765\u4E8B\u306E\u3046\u3061\u3001${region3}\u306B\u95A2\u4FC2\u3059\u308B${shown}\u4EF6\u3092\u8868\u793A\u3057\u3066\u3044\u307E\u3059\u3002`,
  showingAll: (total) => `\u5168${total}\u4EF6\u306E\u51FA\u6765\u4E8B\u3092\u3059\u3079\u3066\u8868\u793A\u3057\u3066\u3044\u307E\u3059\u3002`,
  checkerPrompt: "\u4ECA\u65E5\u3001\u3042\u306A\u305F\u306F\u5BFE\u8C61\u3067\u3059\u304B\uFF1F\u7279\u5B9A\u306E\u65E5\u306B\u306F\u3069\u3046\u3067\u3057\u305F\u304B\uFF1F",
  checkerLink: "\u304A\u4F4F\u307E\u3044\u306E\u5730\u57DF\u3067\u78BA\u8A8D\u3059\u308B"
};
var timelineRegions2 = {
  "eu-eea": "EU\u30FBEEA",
  switzerland: "\u30B9\u30A4\u30B9",
  uk: "\u30A4\u30AE\u30EA\u30B9",
  canada: "\u30AB\u30CA\u30C0",
  "hong-kong": "\u9999\u6E2F",
  elsewhere: "\u305D\u306E\u4ED6\uFF08\u30A2\u30E1\u30EA\u30AB\u3092\u306F\u3058\u3081\u307B\u3068\u3093\u3069\u306E\u56FD\uFF09"
};

// lib/ui-text/ja/index.ts
var uiTextJa = {
  skipToContent: skipToContent2,
  nav: nav2,
  footer: footer2,
  theme: theme2,
  language: language2,
  punctuation: punctuation2,
  cite: cite2,
  callout: callout2,
  timeline: timeline2,
  timelineRegions: timelineRegions2,
  sources: sources2,
  region: region2,
  guide: guide2,
  regulators: regulators2,
  objectPage: objectPage2,
  notFound: notFound2,
  about: about2,
  openData: openData2,
  feed: feed2,
  socialCard: socialCard2,
  map: mapText2
};

// lib/ui-text/index.ts
var uiText = {
  skipToContent,
  nav,
  footer,
  theme,
  language,
  punctuation,
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
  map: mapText
};
var byLocale = { en: uiText, ja: uiTextJa };
function uiTextFor(locale) {
  return byLocale[locale];
}

// .tmp-measure/dump.ts
import { writeFileSync } from "node:fs";
var files = {
  about: ["about", "openData"],
  feed: ["feed", "socialCard"],
  guide: ["guide"],
  object: ["regulators", "objectPage"],
  region: ["region"],
  site: ["skipToContent", "nav", "footer", "theme", "language", "punctuation", "cite", "callout", "notFound"],
  sources: ["sources"],
  timeline: ["timeline", "timelineRegions"],
  map: ["map"]
};
for (const locale of ["en", "ja"]) {
  const t = uiTextFor(locale);
  for (const [file, keys] of Object.entries(files)) {
    const obj = {};
    for (const k of keys) obj[k] = t[k];
    const json = JSON.stringify(obj, (key, value) => typeof value === "function" ? "FN " + value.toString() : value, 2);
    writeFileSync(`.tmp-measure/${locale}-${file}.json`, json + "\n");
  }
}
