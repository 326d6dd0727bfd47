/**
 * Reads content/regions/regulators.yaml and content/object.yaml for the content loader, and reports
 * what in them names a source, place or jurisdiction that does not exist, with file and field.
 */
import path from "node:path";
import type { z } from "zod";
import { ContentError } from "./content-error";
import { objectPageProblems, objectPageSourceIds, regulatorProblems, type KnownContent } from "./regulators";
import { objectPageSchema, regulatorsFileSchema, type ObjectPageContent, type RegulatorsFile } from "./schemas";

export interface BeyondTheSwitch {
  regulators: RegulatorsFile;
  objectPage: ObjectPageContent;
  /** Where on the site each source of the two files is cited: a region page, and /object. */
  citations: { id: string; label: string; href: string }[];
}

type ReadYaml = <T>(file: string, schema: z.ZodType<T>) => Promise<T | null>;

export async function readBeyondTheSwitch(
  contentDir: string,
  readYaml: ReadYaml,
  display: (absolute: string) => string,
  errors: ContentError[],
  known: KnownContent,
): Promise<BeyondTheSwitch | null> {
  const regulatorsPath = path.join(contentDir, "regions", "regulators.yaml");
  const objectPath = path.join(contentDir, "object.yaml");
  const regulators = await readYaml(regulatorsPath, regulatorsFileSchema);
  const objectPage = await readYaml(objectPath, objectPageSchema);
  if (!regulators || !objectPage) return null;
  const problems = [
    ...regulatorProblems(regulators, known).map((problem) => new ContentError(display(regulatorsPath), `field "${problem.field}"`, problem.problem)),
    ...objectPageProblems(objectPage, known).map((problem) => new ContentError(display(objectPath), `field "${problem.field}"`, problem.problem)),
  ];
  if (problems.length > 0) {
    errors.push(...problems);
    return null;
  }
  const regionPage = (code: string) => `/region/${code.toLowerCase()}`;
  const citations = [
    ...regulators.regulators.flatMap((regulator) =>
      regulator.sources.map((id) => ({ id, label: `Region checker: ${regulator.name}`, href: regionPage(regulator.places[0]) })),
    ),
    ...[...regulators.lead.sources, ...regulators.ownAuthority.sources].map((id) => ({ id, label: "Region checker", href: "/region" })),
    ...objectPageSourceIds(objectPage).map((id) => ({ id, label: objectPage.title, href: "/object" })),
  ];
  return { regulators, objectPage, citations };
}
