/**
 * The world map's shapes, made when the site is built: Natural Earth's countries (world-atlas,
 * 1:50m) projected with d3-geo's Equal Earth projection into SVG path data, with coordinates
 * rounded to whole map units so the page stays small. Nothing of this runs in the browser.
 *
 * The build stops, naming the shape or the place, when a drawn shape is no place of the site's or a
 * place has neither a shape nor a dot (lib/map/map-places.ts holds the rules).
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Place } from "../schemas";
import { dotOnlyPlaces, separateParts, shapesWithoutCode, smallPlaceSize, type GeoBox } from "./map-places";
import { tapTargets, type TapTargets } from "./tap-targets";

/** Map units across; about a pixel each where the map is shown at full size. */
export const MAP_WIDTH = 800;
/** Simplification of the shared borders (steradians): keeps every country recognisable at this size. */
const MIN_WEIGHT = 3e-6;
/** Islands smaller than this many square map units are not drawn as shapes (their places get dots). */
const MIN_RING_AREA = 4;

export interface MapShape {
  code: string;
  jurisdiction: string;
  /** SVG path data in map units. */
  d: string;
}

export interface MapDot {
  code: string;
  jurisdiction: string;
  x: number;
  y: number;
}

export interface WorldGeometry {
  width: number;
  height: number;
  /** The outline of the globe. */
  sphere: string;
  /** One entry per place drawn as a shape, in code order. */
  shapes: MapShape[];
  /** Small places and places without a shape, in code order, spaced so that no dot hides another (lib/map/tap-targets.ts). */
  dots: MapDot[];
  /** Where a tap on the map picks each place (lib/map/tap-targets.ts). */
  taps: TapTargets["taps"];
  /** The areas without an ISO code, as one path, and their names in the map data. */
  neutral: { d: string; names: string[] };
}

type Ring = Position[];

/** A path context that writes whole-number coordinates as relative commands and drops repeated points. */
class RoundedPath {
  private parts: string[] = [];
  private ring: [number, number][] = [];
  private lastX = 0;
  private lastY = 0;

  moveTo(x: number, y: number) {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const previous = this.ring[this.ring.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) this.ring.push(point);
  }

  closePath() {
    this.flush(true);
  }

  arc() {
    throw new Error("the world map draws no circles");
  }

  private flush(closed = false) {
    const ring = this.ring;
    this.ring = [];
    // A ring that rounds to fewer than three points covers no whole map unit: the dots show such places.
    if (ring.length < (closed ? 3 : 2)) return;
    if (closed && ringArea(ring) < MIN_RING_AREA) return;
    let text = "";
    ring.forEach(([x, y], index) => {
      if (index === 0) {
        text += `M${x} ${y}`;
      } else {
        const dx = x - this.lastX;
        const dy = y - this.lastY;
        text += `${index === 1 ? "l" : dx < 0 ? "" : " "}${dx}${dy < 0 ? "" : " "}${dy}`;
      }
      this.lastX = x;
      this.lastY = y;
    });
    this.parts.push(closed ? `${text}z` : text);
  }

  toString() {
    this.flush();
    return this.parts.join("");
  }
}

function ringArea(ring: [number, number][]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    twice += x0 * y1 - x1 * y0;
  }
  return Math.abs(twice) / 2;
}

function inBox([longitude, latitude]: Position, [west, south, east, north]: GeoBox): boolean {
  return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Ring[][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function loadCountries(): Feature<Polygon | MultiPolygon, { name: string }>[] {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "world-atlas", "countries-50m.json");
  const raw = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const topology = simplify(presimplify(raw, sphericalTriangleArea), MIN_WEIGHT) as typeof raw;
  return (feature(topology, topology.objects.countries) as unknown as { features: Feature<Polygon | MultiPolygon, { name: string }>[] }).features;
}

export class MapDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The world map cannot be drawn:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "MapDataError";
  }
}

/** How the map turns longitude and latitude into map units. */
export function worldProjection() {
  return geoEqualEarth().fitWidth(MAP_WIDTH, { type: "Sphere" });
}

/** Projects the world for the site's places (by upper-case code). Throws MapDataError naming every problem. */
export function buildWorldGeometry(places: ReadonlyMap<string, Pick<Place, "code" | "jurisdiction">>): WorldGeometry {
  const problems: string[] = [];
  const polygonsByPlace = new Map<string, Ring[][]>();
  const neutralPolygons: Ring[][] = [];
  const neutralNames: string[] = [];
  const usedRules = new Set<number>();

  for (const country of loadCountries()) {
    const name = country.properties.name;
    const code = country.id === undefined ? undefined : countries.numericToAlpha2(String(country.id));
    if (!code) {
      if (shapesWithoutCode.includes(name)) {
        neutralPolygons.push(...polygonsOf(country.geometry));
        neutralNames.push(name);
      } else {
        problems.push(`the shape "${name}" (id ${String(country.id ?? "none")}) has no ISO 3166-1 code: add it to shapesWithoutCode in lib/map/map-places.ts, or map it`);
      }
      continue;
    }
    if (!places.has(code)) {
      problems.push(`the shape "${name}" (${code}) is no place in content/regions/places.yaml`);
      continue;
    }
    for (const polygon of polygonsOf(country.geometry)) {
      const centre = geoCentroid({ type: "Polygon", coordinates: polygon });
      const ruleIndex = separateParts.findIndex((rule) => rule.shape === code && inBox(centre, rule.box));
      const owner = ruleIndex >= 0 ? separateParts[ruleIndex].place : code;
      if (ruleIndex >= 0) usedRules.add(ruleIndex);
      polygonsByPlace.set(owner, [...(polygonsByPlace.get(owner) ?? []), polygon]);
    }
  }
  separateParts.forEach((rule, index) => {
    if (!usedRules.has(index)) problems.push(`no part of the shape ${rule.shape} lies in the box given for ${rule.place} in lib/map/map-places.ts`);
    if (!places.has(rule.place)) problems.push(`${rule.place}, drawn from part of ${rule.shape}, is no place in content/regions/places.yaml`);
  });

  const projection = worldProjection();
  const pathOf = (geometry: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const context = new RoundedPath();
    geoPath(projection, context as unknown as CanvasRenderingContext2D)(geometry);
    return context.toString();
  };
  const [[, top], [, bottom]] = geoPath(projection).bounds({ type: "Sphere" });
  const height = Math.ceil(bottom - top);

  const shapes: MapShape[] = [];
  const dots: MapDot[] = [];
  for (const code of [...places.keys()].sort()) {
    const jurisdiction = places.get(code)!.jurisdiction;
    const polygons = polygonsByPlace.get(code);
    const dotAt = dotOnlyPlaces[code];
    if (polygons && dotAt) problems.push(`${code} is listed in dotOnlyPlaces in lib/map/map-places.ts but the map data has a shape for it`);
    if (!polygons) {
      if (!dotAt) {
        problems.push(`${code} (content/regions/places.yaml) has no shape in the map data: add it to dotOnlyPlaces in lib/map/map-places.ts`);
        continue;
      }
      const [x, y] = projection([dotAt[0], dotAt[1]])!;
      dots.push({ code, jurisdiction, x: Math.round(x), y: Math.round(y) });
      continue;
    }
    const geometry: MultiPolygon = { type: "MultiPolygon", coordinates: polygons };
    const d = pathOf(geometry);
    if (d) shapes.push({ code, jurisdiction, d });
    // Judged by its largest part: an island group may span an ocean and still be too small to see or tap.
    const largest: Polygon = {
      type: "Polygon",
      coordinates: polygons.reduce((best, polygon) => (geoArea({ type: "Polygon", coordinates: polygon }) > geoArea({ type: "Polygon", coordinates: best }) ? polygon : best)),
    };
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(largest);
    if (!d || Math.max(x1 - x0, y1 - y0) < smallPlaceSize) {
      const [x, y] = projection(geoCentroid(largest))!;
      dots.push({ code, jurisdiction, x: Math.round(x), y: Math.round(y) });
    }
  }

  if (problems.length > 0) throw new MapDataError(problems);
  const dotOf = new Map(dots.map((dot) => [dot.code, dot]));
  const tapPlaces = [...places.keys()].sort().map((code) => ({ code, polygons: polygonsByPlace.get(code) ?? [], dot: dotOf.get(code) }));
  let targets: TapTargets;
  try {
    targets = tapTargets(tapPlaces, projection, MAP_WIDTH, height);
  } catch (error) {
    throw new MapDataError([`${(error as Error).message}: raise the spacing's room in lib/map/tap-targets.ts`]);
  }
  return {
    width: MAP_WIDTH,
    height,
    sphere: pathOf({ type: "Sphere" }),
    shapes,
    dots: dots.map((dot) => ({ ...dot, ...targets.dots.get(dot.code)! })),
    taps: targets.taps,
    neutral: { d: pathOf({ type: "MultiPolygon", coordinates: neutralPolygons }), names: neutralNames },
  };
}
