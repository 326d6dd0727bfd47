/** The sources page. */

export const sources = {
  title: "Sources",
  description: "Every source this site relies on, once, with where it is cited.",
  intro:
    "Each source is listed once. A claim marked confirmed was read in the original or a faithful copy of it; one marked secondary was read in a republished copy or another outlet's report.",
  /** What Open Terms Archive is, said once above the list. */
  recordedIntro:
    "Some of LinkedIn's legal texts are cited twice over: by their address on LinkedIn, and by the dated copy we read, as recorded by Open Terms Archive. That is a public project that checks the terms and privacy policies of large online services and keeps each version it finds, with its date, in public repositories on GitHub. Its copy shows the exact words we read, even after LinkedIn changes the page.",
  published: "Published",
  versionRead: "Version read",
  recordedOn: (date: string) => `Recorded by Open Terms Archive on ${date}`,
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
