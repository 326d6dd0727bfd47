/**
 * content/regions/: jurisdictions.yaml (who was treated how, period by period) and places.yaml (every
 * ISO 3166-1 code, each mapped to one jurisdiction).
 */
import "server-only";
import { duplicateIdProblems } from "../duplicate-ids";
import { countryCodes, isCountryCode } from "../iso-3166";
import { periodProblems, type RegionData } from "../region-rules";
import { jurisdictionsFileSchema, placesFileSchema, type Jurisdiction, type Place } from "../schemas";
import { sourceReferences, type SourceReference } from "../source-references";
import { ContentError } from "./content-error";
import { contentPath, readYamlFile, type ReadContext } from "./files";

export interface ReadRegions {
  data: RegionData;
  /** jurisdictions.yaml, as messages name it: where every reference below is written. */
  file: string;
  sourceReferences: SourceReference[];
  timelineReferences: { slug: string; field: string }[];
}

export async function readRegions(context: ReadContext): Promise<ReadRegions | null> {
  const jurisdictionsPath = contentPath(context, "regions", "jurisdictions.yaml");
  const placesPath = contentPath(context, "regions", "places.yaml");
  const jurisdictionsFile = context.display(jurisdictionsPath);
  const placesFile = context.display(placesPath);
  const errorsBefore = context.errors.length;
  const problem = (file: string, field: string, text: string) => context.errors.push(new ContentError(file, `field "${field}"`, text));
  const jurisdictionsData = await readYamlFile(context, jurisdictionsPath, jurisdictionsFileSchema);
  const placesData = await readYamlFile(context, placesPath, placesFileSchema);
  if (!jurisdictionsData || !placesData) return null;

  const jurisdictions = new Map<string, Jurisdiction>();
  for (const duplicate of duplicateIdProblems(jurisdictionsData.jurisdictions, "jurisdictions", "id", (jurisdiction) => jurisdiction.id)) {
    problem(jurisdictionsFile, duplicate.field, duplicate.problem);
  }
  jurisdictionsData.jurisdictions.forEach((jurisdiction, j) => {
    const at = `jurisdictions[${j}]`;
    jurisdictions.set(jurisdiction.id, jurisdiction);
    for (const period of periodProblems(jurisdiction.periods, jurisdictionsData.rangeStart)) {
      problem(jurisdictionsFile, period.field === "periods" ? `${at}.periods` : `${at}.periods[${period.index}].${period.field}`, period.problem);
    }
  });

  const places = new Map<string, Place>();
  const duplicates = duplicateIdProblems(placesData.places, "places", "code", (place) => place.code);
  for (const duplicate of duplicates) problem(placesFile, duplicate.field, `${duplicate.problem}: a place is mapped once`);
  const duplicated = new Set(duplicates.map((duplicate) => duplicate.field));
  placesData.places.forEach((place, index) => {
    const at = `places[${index}]`;
    if (!isCountryCode(place.code)) {
      problem(placesFile, `${at}.code`, `"${place.code}" is not an ISO 3166-1 alpha-2 code (or XK)`);
      return;
    }
    if (duplicated.has(`${at}.code`)) return;
    if (!jurisdictions.has(place.jurisdiction)) {
      problem(placesFile, `${at}.jurisdiction`, `"${place.jurisdiction}" is not a jurisdiction in ${jurisdictionsFile}`);
    }
    places.set(place.code, place);
  });
  const unmapped = countryCodes.filter((code) => !places.has(code));
  if (unmapped.length > 0) problem(placesFile, "places", `does not map ${unmapped.join(", ")}: every code must be mapped to one jurisdiction`);
  const used = new Set([...places.values()].map((place) => place.jurisdiction));
  jurisdictionsData.jurisdictions.forEach((jurisdiction, j) => {
    if (!used.has(jurisdiction.id)) problem(jurisdictionsFile, `jurisdictions[${j}].id`, `"${jurisdiction.id}" has no place mapped to it in ${placesFile}`);
  });

  if (context.errors.length > errorsBefore) return null;
  return {
    data: { rangeStart: jurisdictionsData.rangeStart, whatToDo: jurisdictionsData.whatToDo, jurisdictions, places },
    file: jurisdictionsFile,
    sourceReferences: sourceReferences(jurisdictionsData),
    timelineReferences: jurisdictionsData.jurisdictions.flatMap((jurisdiction, j) =>
      jurisdiction.periods.flatMap((period, p) =>
        period.timeline.map((slug, t) => ({ slug, field: `field "jurisdictions[${j}].periods[${p}].timeline[${t}]"` })),
      ),
    ),
  };
}
