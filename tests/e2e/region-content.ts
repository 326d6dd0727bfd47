import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";

const placesFile = path.resolve(import.meta.dirname, "../../content/regions/places.yaml");

/** One region page per jurisdiction: the pages differ by jurisdiction, not by place. */
export function oneRegionPagePerJurisdiction(): string[] {
  const { places } = YAML.parse(readFileSync(placesFile, "utf8")) as { places: { code: string; jurisdiction: string }[] };
  const first = new Map<string, string>();
  for (const place of places) if (!first.has(place.jurisdiction)) first.set(place.jurisdiction, place.code);
  return [...first.values()].map((code) => `/region/${code.toLowerCase()}`);
}
