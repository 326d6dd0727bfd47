/** content/corrections.yaml: the dated log of corrections, newest first. */
import "server-only";
import { correctionsFileSchema, type Correction } from "../schemas";
import { duplicateIdProblems } from "../duplicate-ids";
import { ContentError } from "./content-error";
import { contentPath, readYamlFile, type ReadContext } from "./files";

export interface ReadCorrections {
  corrections: Correction[];
  file: string;
  /** The pages each correction names, checked by lib/content/references.ts. */
  pages: { href: string; field: string }[];
}

export async function readCorrections(context: ReadContext): Promise<ReadCorrections | null> {
  const path = contentPath(context, "corrections.yaml");
  const data = await readYamlFile(context, path, correctionsFileSchema);
  if (!data) return null;
  const file = context.display(path);
  const errorsBefore = context.errors.length;
  for (const { field, problem } of duplicateIdProblems(data.corrections, "corrections", "id", (correction) => correction.id)) {
    context.errors.push(new ContentError(file, `field "${field}"`, problem));
  }
  if (context.errors.length > errorsBefore) return null;
  return {
    file,
    pages: data.corrections.flatMap((correction, index) => correction.pages.map((href, p) => ({ href, field: `field "corrections[${index}].pages[${p}]"` }))),
    corrections: data.corrections
      .map((correction, index) => ({ correction, index }))
      .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.index - b.index)
      .map(({ correction }) => correction),
  };
}
