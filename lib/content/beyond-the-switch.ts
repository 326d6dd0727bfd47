/** content/regions/regulators.yaml and content/object.yaml: the regulators and the /object page. */
import "server-only";
import { objectPageProblems, regulatorProblems, type KnownContent } from "../regulators";
import { objectPageSchema, regulatorsFileSchema, type ObjectPageContent, type RegulatorsFile } from "../schemas";
import { sourceReferences, type SourceReference } from "../source-references";
import { ContentError } from "./content-error";
import { contentPath, readYamlFile, type ReadContext } from "./files";

export interface ReadBeyondTheSwitch {
  regulators: RegulatorsFile;
  objectPage: ObjectPageContent;
  /** The source ids each file names, for the one check in references.ts. */
  references: { file: string; references: SourceReference[] }[];
}

export async function readBeyondTheSwitch(context: ReadContext, known: KnownContent): Promise<ReadBeyondTheSwitch | null> {
  const regulatorsPath = contentPath(context, "regions", "regulators.yaml");
  const objectPath = contentPath(context, "object.yaml");
  const regulators = await readYamlFile(context, regulatorsPath, regulatorsFileSchema);
  const objectPage = await readYamlFile(context, objectPath, objectPageSchema);
  if (!regulators || !objectPage) return null;
  const errorsBefore = context.errors.length;
  for (const [path, problems] of [
    [regulatorsPath, regulatorProblems(regulators, known)],
    [objectPath, objectPageProblems(objectPage, known)],
  ] as const) {
    for (const problem of problems) context.errors.push(new ContentError(context.display(path), `field "${problem.field}"`, problem.problem));
  }
  if (context.errors.length > errorsBefore) return null;
  return {
    regulators,
    objectPage,
    references: [
      { file: context.display(regulatorsPath), references: sourceReferences(regulators) },
      { file: context.display(objectPath), references: sourceReferences(objectPage) },
    ],
  };
}
