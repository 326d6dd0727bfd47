/** A language's own files, which translate no English file. */
import { z } from "zod";
import { labelName } from "./guide";
import { countryCode, text } from "./primitives";

/**
 * content/<lang>/guide/labels.yaml: how LinkedIn's own labels read in that language, as reports give
 * them. Shown beside the English label (which is the sure one) as an example of the wording.
 */
export const translatedLabelsSchema = z.strictObject({
  labels: z.array(z.strictObject({ label: labelName, reported: z.array(text).min(1) })),
});
/**
 * content/<lang>/place-readings.yaml: how to type, in that language's phonetic script, the places whose
 * names the browser gives in another script (日本 → にほん), so the region picker finds them.
 */
export const placeReadingsSchema = z.strictObject({
  readings: z.record(countryCode, z.array(text).min(1)),
});

/** A label's reported wording, with the English label it belongs to (named in content/guide/labels.yaml). */
export type TranslatedLabel = Omit<z.infer<typeof translatedLabelsSchema>["labels"][number], "label"> & { en: string };
