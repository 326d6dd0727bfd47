/** content/sources.yaml: the bibliography, each source once. */
import "server-only";
import { sourcesFileSchema, type Source } from "../schemas";
import { duplicateIdProblems } from "../duplicate-ids";
import { ContentError } from "./content-error";
import { contentPath, readYamlFile, type ReadContext } from "./files";

export interface ReadSources {
  file: string;
  sources: Source[];
  byId: ReadonlyMap<string, Source>;
}

export async function readSources(context: ReadContext): Promise<ReadSources | null> {
  const path = contentPath(context, "sources.yaml");
  const data = await readYamlFile(context, path, sourcesFileSchema);
  if (!data) return null;
  const file = context.display(path);
  const byId = new Map<string, Source>();
  for (const { field, problem } of duplicateIdProblems(data.sources, "sources", "id", (source) => source.id)) {
    context.errors.push(new ContentError(file, `field "${field}"`, problem));
  }
  for (const source of data.sources) if (!byId.has(source.id)) byId.set(source.id, source);
  return { file, sources: data.sources, byId };
}
