/** content/corrections.yaml: the dated log of corrections, newest first. */
import "server-only";
import { correctionsFileSchema, type Correction } from "../schemas";
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
  const ids = new Map<string, number>();
  data.corrections.forEach((correction, index) => {
    const earlier = ids.get(correction.id);
    if (earlier !== undefined) {
      context.errors.push(new ContentError(file, `field "corrections[${index}].id"`, `"${correction.id}" is already the id of corrections[${earlier}]`));
    } else {
      ids.set(correction.id, index);
    }
  });
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
