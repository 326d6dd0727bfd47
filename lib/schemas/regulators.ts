/** content/regions/regulators.yaml and content/object.yaml: the regulators, and objecting beyond the switch. */
import { z } from "zod";
import { citedText, countryCode, slug, sourceIds, text, webUrl } from "./primitives";

/** A data protection authority and what it said about LinkedIn's AI training. */
export const regulatorSchema = z.strictObject({
  id: slug,
  /** Its own name, with the short form readers meet: "Data Protection Commission (DPC)". */
  name: text,
  /** The country it is the authority of, as a phrase: "Ireland's". */
  of: text,
  /** The places whose own authority it is (upper-case codes of places.yaml). */
  places: z.array(countryCode).min(1, { error: "must name at least one place" }),
  /** Its website, where it explains how to raise a concern or complain. */
  website: webUrl,
  /** What it said, in our words, with marked quotations. */
  said: text,
  sources: sourceIds,
});

export const regulatorsFileSchema = z.strictObject({
  /** The authority that leads for LinkedIn across some jurisdictions (the DPC for the EU and EEA). */
  lead: z.strictObject({
    regulator: slug,
    jurisdictions: z.array(slug).min(1, { error: "must name at least one jurisdiction" }),
    text,
    sources: sourceIds,
  }),
  /** For places in the lead's jurisdictions with no entry of their own: their own authority, found through a list. */
  ownAuthority: z.strictObject({ text, listUrl: webUrl, listLabel: text, sources: sourceIds }),
  regulators: z.array(regulatorSchema).min(1, { error: "must list at least one regulator" }),
});

/** One group of places on /object, with what the law and the regulators there allow. */
export const objectSectionSchema = z.strictObject({
  /** The section's anchor: /object#<id>. Stable: region pages link to it. */
  id: slug,
  heading: text,
  /** The jurisdictions of regions/jurisdictions.yaml this section answers for; each belongs to exactly one section. */
  jurisdictions: z.array(slug).min(1, { error: "must name at least one jurisdiction" }),
  legalBasis: citedText,
  rightToObject: citedText,
  olderData: citedText,
  /** A sentence added to the objection text for readers here, such as the law it relies on. */
  templateLine: text.optional(),
});

export const objectPageSchema = z.strictObject({
  title: text,
  description: text,
  intro: text,
  switchCovers: z.strictObject({ heading: text, covers: z.array(citedText).min(1), doesNotCover: z.array(citedText).min(1) }),
  objectionForm: z.strictObject({ heading: text, text, sources: sourceIds }),
  /**
   * Notes for the readers of one edition, shown after the intro: the English file leaves the list empty
   * (`editionNotes: []`; left out, it is empty), and an edition writes its own as `editionOnly: true` items, with their sources
   * (the Japanese edition's note for readers in Japan).
   */
  editionNotes: z.array(z.strictObject({ id: slug, heading: text, text, sources: sourceIds })).default([]),
  placesHeading: text,
  placesIntro: text,
  sections: z.array(objectSectionSchema).min(1),
  template: z.strictObject({
    heading: text,
    intro: text,
    /** The text itself; {law} marks where a section's templateLine goes. Placeholders are in [square brackets]. */
    text,
  }),
});

export type Regulator = z.infer<typeof regulatorSchema>;
export type RegulatorsFile = z.infer<typeof regulatorsFileSchema>;
export type ObjectSection = z.infer<typeof objectSectionSchema>;
export type ObjectPageContent = z.infer<typeof objectPageSchema>;
