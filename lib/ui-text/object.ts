/** The words of /object and of the regulator notes on region pages. */
export const regulators = {
  heading: "What the regulators said",
  ownHeading: (of: string, name: string) => `${of} ${name}`,
  leadHeading: (name: string) => `The lead authority for LinkedIn: ${name}`,
  ownAuthorityHeading: "Your own country's authority",
  website: (name: string) => `${name}: website, with how to raise a concern or complain`,
  beyondHeading: "Beyond the switch",
  beyondLink: "Objecting beyond the switch: the law here, older data, and a text you can copy",
};

export const objectPage = {
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
  noRegulator: "As of 6 December 2026 we found no statement about LinkedIn's AI training by a regulator here that we could cite.",
  templateLabel: (section: string) => `Objection text for ${section}`,
  copy: "Copy the text",
  copied: "Copied. Paste it into LinkedIn's form.",
  copyFailed: "Your browser did not allow copying: select the text and copy it yourself.",
  noScriptCopy: "Select the text and copy it.",
  sourcesHeading: "Sources",
};
