/** The opt-out guide. */

export const guide = {
  title: "Turn it off",
  /** `setting` is LinkedIn's label for the setting (content/guide/linkedin-labels.yaml). */
  description: (setting: string) =>
    `Step by step, on the device in your hand: how to switch off LinkedIn's "${setting}" setting, and what that does not do.`,
  intro:
    "Switch off the setting that lets LinkedIn train its content-generating AI on your data. Pick the device you are using; each guide goes one step at a time.",
  chooseHeading: "Which device are you using?",
  /** Shown on the guide that fits the reader's device. */
  suggested: "· Suggested for this device",
  platformTitle: (name: string) => `Turn it off: ${name}`,
  platformDescription: (name: string, setting: string) => `Step by step in the ${name}: switch off LinkedIn's "${setting}" setting.`,
  otherDevices: "Another device",
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
  /** Beside one of LinkedIn's English labels, on a page in another language: how reports word it there. */
  reportedLabel: (wording: string) => ` (reported wording: “${wording}”)`,
  /** Under a guide that shows reported wordings. */
  reportedLabelsNote:
    "LinkedIn's labels are given in English, as LinkedIn writes them. Where reports give the wording in this language, it follows as an example; LinkedIn's own wording may differ.",
} as const;
