/**
 * LinkedIn's own labels, written once in content/guide/linkedin-labels.yaml and named everywhere else
 * as `<Label name="generativeAiSetting" />` (write `**<Label … />**` where the label shows in bold).
 * The loader puts each label's words in place after reading a file, so a label LinkedIn renames is one
 * edit, and a translation, which names the label the same way, follows without going stale.
 */
import "server-only";
import { linkedInLabelsSchema, type LinkedInLabels } from "../schemas";
import { ContentError } from "./content-error";
import { contentPath, formatPath, readYamlFile, type ReadContext } from "./files";

const LABEL = /<Label\s+name="([^"]*)"\s*\/>/g;

/** null when the file is broken (the mistake is recorded). */
export async function readLinkedInLabels(context: ReadContext): Promise<LinkedInLabels | null> {
  const file = contentPath(context, "guide", "linkedin-labels.yaml");
  const read = await readYamlFile({ ...context, translation: undefined }, file, linkedInLabelsSchema);
  return read?.labels ?? null;
}

/** The text with each <Label name="…" /> replaced by the label; an unknown name is a mistake, named by file and field. */
export function withLabels(context: ReadContext, text: string, shown: string, field: string): string {
  return text.replace(LABEL, (written, name: string) => {
    if (!context.labels) return written; // the labels file is broken: that mistake is the one reported
    const label = context.labels[name];
    if (label !== undefined) return label;
    context.errors.push(new ContentError(shown, field, `names ${written}, which is not a label of content/guide/linkedin-labels.yaml`));
    return written;
  });
}

/** Every string of the data with its labels in place. */
export function dataWithLabels(context: ReadContext, data: unknown, shown: string, at: (string | number)[] = []): unknown {
  if (typeof data === "string") return data.includes("<Label") ? withLabels(context, data, shown, `field "${formatPath(at)}"`) : data;
  if (Array.isArray(data)) return data.map((item, index) => dataWithLabels(context, item, shown, [...at, index]));
  if (typeof data === "object" && data !== null) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, dataWithLabels(context, value, shown, [...at, key])]));
  }
  return data;
}
