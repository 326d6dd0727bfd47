/** The sources page. */

export const sources = {
  title: "Sources",
  description: "Every source this site relies on, once, with where it is cited.",
  intro:
    "Each source is listed once. A claim marked confirmed was read in the original or a faithful copy of it; one marked secondary was read in a republished copy or another outlet's report.",
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
    timelineEntry: (title: string) => `Timeline: ${title}`,
    regionChecker: "Region checker",
    jurisdiction: (name: string) => `Region checker: ${name}`,
    guide: "Opt-out guide",
    guidePlatform: (name: string) => `Opt-out guide: ${name}`,
  },
  confidence: {
    C1: "Confirmed in the original",
    C2: "Confirmed through secondary copies",
  },
} as const;
