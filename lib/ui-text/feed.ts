/** The Atom feed and the social cards. */

export const feed = {
  title: (siteName: string) => `${siteName}: timeline and corrections`,
  subtitle:
    "Every event on the timeline, newest first, each linking to its place on the timeline, and every correction made to the site's content.",
  timelineCategory: "Timeline",
  correctionCategory: "Correction",
  correctionTitle: (title: string) => `Correction: ${title}`,
  when: "When",
  sources: "Sources",
  corrected: "Corrected",
} as const;

export const socialCard = {
  regionKicker: "Does it apply to me?",
  asOf: (date: string) => `As of ${date}`,
  alt: (title: string, siteName: string) => `${title}. ${siteName}`,
  regionAlt: (place: string, verdict: string, date: string, siteName: string) =>
    `${place}: ${verdict}, as of ${date}. ${siteName}`,
} as const;
