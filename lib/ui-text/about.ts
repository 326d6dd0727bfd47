/** The about page: reporting a mistake, the corrections log, and the documentation of the open-data files. */

export const about = {
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
} as const;

export const openData = {
  /** Fields every data file starts with. */
  common: [
    ["site", "The site's name."],
    ["siteUrl", "The site's address; every url field starts with it."],
    ["documentation", "This page, where the fields are described."],
    ["language", "The language of the file's words (\"en\"; the Japanese copy under /ja/data/ says \"ja\"). The facts are the same in every language."],
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
    ["sources[].recordedVersionDate", "For a legal text: the day Open Terms Archive recorded the version we read, YYYY-MM-DD, or null."],
    ["sources[].recordedVersionUrl", "For a legal text: the address of that recorded version, or null."],
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
} as const;
