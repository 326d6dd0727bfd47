/** The opt-out guide. */

export const guide = {
  title: "Turn it off",
  description:
    "Step by step, on the device in your hand: how to switch off LinkedIn's \"Data for Generative AI Improvement\" setting, and what that does not do.",
  intro:
    "Switch off the setting that lets LinkedIn train its content-generating AI on your data. Pick the device you are using; each guide goes one step at a time.",
  chooseHeading: "Which device are you using?",
  /** Shown on the guide that fits the reader's device. */
  suggested: "· Suggested for this device",
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
} as const;
