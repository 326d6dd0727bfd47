/** content/guide/: common.yaml (the direct link, what to expect, what opting out does not do) and one file per platform. */
import "server-only";
import { guideCommonSchema, guidePlatformIds, guidePlatformSchema, type GuidePlatform } from "../schemas";
import { sourceReferences, type SourceReference } from "../source-references";
import type { Guide } from "./site-content";
import { duplicateIdProblems } from "../duplicate-ids";
import { ContentError } from "./content-error";
import { contentPath, readYamlFile, type ReadContext } from "./files";

export interface ReadGuide {
  guide: Guide;
  /** Per file, the sources it names. */
  references: { file: string; references: SourceReference[] }[];
}

export async function readGuide(context: ReadContext): Promise<ReadGuide | null> {
  const errorsBefore = context.errors.length;
  const references: ReadGuide["references"] = [];
  const commonPath = contentPath(context, "guide", "common.yaml");
  const common = await readYamlFile(context, commonPath, guideCommonSchema);
  if (common) references.push({ file: context.display(commonPath), references: sourceReferences(common) });

  const platforms: GuidePlatform[] = [];
  for (const id of guidePlatformIds) {
    const platformPath = contentPath(context, "guide", `${id}.yaml`);
    const platform = await readYamlFile(context, platformPath, guidePlatformSchema);
    if (!platform) continue;
    const file = context.display(platformPath);
    if (platform.platform !== id) {
      context.errors.push(new ContentError(file, `field "platform"`, `is "${platform.platform}" but the file is ${id}.yaml: they must match`));
    }
    for (const { field, problem } of duplicateIdProblems(platform.steps, "steps", "id", (step) => step.id)) {
      context.errors.push(new ContentError(file, `field "${field}"`, problem));
    }
    references.push({ file, references: sourceReferences(platform) });
    platforms.push(platform);
  }
  if (context.errors.length > errorsBefore || !common) return null;
  return { guide: { common, platforms: platforms.sort((a, b) => a.order - b.order) }, references };
}
