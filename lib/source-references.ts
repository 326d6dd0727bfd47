/**
 * Where content names its sources. Every list of source ids in content sits in a field called
 * `sources`, `noteSources` or `adviceSources`; this one walk finds them all, with the field's path,
 * for the loader's check that each id is listed in sources.yaml and for the pages that list sources.
 */
import type { GuideCommon, GuidePlatform, Jurisdiction } from "./schemas";

const SOURCE_FIELDS = new Set(["sources", "noteSources", "adviceSources"]);

export interface SourceReference {
  id: string;
  /** Where the id is written: `field "steps[0].sources[1]"`, `line 8, <Cite id="x">`. */
  field: string;
}

/** Every source id in a piece of validated content, in the order it is written, with its field. */
export function sourceReferences(value: unknown, at = ""): SourceReference[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => sourceReferences(item, `${at}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const here = at ? `${at}.${key}` : key;
    if (SOURCE_FIELDS.has(key) && Array.isArray(item)) {
      return item.filter((id): id is string => typeof id === "string").map((id, index) => ({ id, field: `field "${here}[${index}]"` }));
    }
    return sourceReferences(item, here);
  });
}

/** The distinct source ids in a piece of content, in the order they are written. */
export function sourceIdsIn(value: unknown): string[] {
  return [...new Set(sourceReferences(value).map((reference) => reference.id))];
}

/** Every source a jurisdiction's page cites: its advice's and its periods'. */
export function jurisdictionSourceIds(jurisdiction: Jurisdiction): string[] {
  return sourceIdsIn(jurisdiction);
}

export function guideCommonSourceIds(common: GuideCommon): string[] {
  return sourceIdsIn(common);
}

export function guidePlatformSourceIds(platform: GuidePlatform): string[] {
  return sourceIdsIn(platform);
}
