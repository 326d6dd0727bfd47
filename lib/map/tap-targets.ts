/**
 * Where a tap on the world map lands, worked out when the site is built: each place's tap points,
 * in map units. A tap picks the place of the nearest point (lib/map/nearest-place.ts), so every
 * place must have a point that no other place's point crowds out:
 *
 * - Each place has one anchor: its dot if it is drawn as one, or else its label point (the point
 *   of its largest part farthest from its edges, by `polylabel`). Anchors closer than TAP_SPACING
 *   are pushed apart, as little as possible, by `d3-force`'s collision force (Hong Kong and Macau
 *   are 1.4 units apart, Saint Martin and Sint Maarten on one island): dots are drawn where their
 *   anchors end up, so no dot hides another and each dot is where a tap on it picks its place.
 * - Large places also get the points of a regular grid that fall inside them, and each part of a
 *   place big enough to see (an island) its centre, so a tap anywhere in a large country picks it.
 *   Those of one place that come within TAP_SPACING of another place's point are dropped (found
 *   with `d3-delaunay`: the closest pair of two places' points is always a Delaunay edge).
 *
 * Nothing of this runs in the browser: the page carries the points (MapTaps).
 */
import { Delaunay } from "d3-delaunay";
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import { geoContains, geoPath, type GeoProjection } from "d3-geo";
import type { Polygon, Position } from "geojson";
import polylabel from "polylabel";
import type { MapTaps } from "./nearest-place";

/** Map units between two places' tap points: a dot's diameter (2 × 3.2) and its ring, so dots never overlap. */
export const TAP_SPACING = 7.5;
/** Map units between a large place's grid points. */
const GRID_SPACING = 16;
/** A part of a place smaller than this (square map units) gets no point of its own. */
const MIN_PART_AREA = 12;

export interface TapPlace {
  code: string;
  /** Its parts, as geographic polygons; none for a place drawn only as a dot. */
  polygons: Position[][][];
  /** Where its dot is drawn, if it has one (before spacing). */
  dot?: { x: number; y: number };
}

export interface TapTargets {
  /** Each place's points, as the page carries them (without the slots, which the map adds). */
  taps: Omit<MapTaps, "slots">;
  /** Where each dot is drawn, by code: its anchor, spaced from the others. */
  dots: Map<string, { x: number; y: number }>;
}

interface Candidate {
  x: number;
  y: number;
  place: number;
  /** 0 for an anchor (never dropped), 1 for a part's centre, 2 for a grid point. */
  rank: 0 | 1 | 2;
}

/** The planar rings of a geographic polygon as the map draws it. */
function projectedRings(projection: GeoProjection, polygon: Position[][]): [number, number][][] {
  const rings: [number, number][][] = [];
  const context = {
    moveTo: (x: number, y: number) => rings.push([[x, y]]),
    lineTo: (x: number, y: number) => rings[rings.length - 1].push([x, y]),
    closePath: () => {},
    arc: () => {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)({ type: "Polygon", coordinates: polygon });
  return rings;
}

/** Each place's anchor, spaced by the collision force: returned rounded to whole map units. */
function spacedAnchors(anchors: { x: number; y: number }[]): { x: number; y: number }[] {
  type Node = SimulationNodeDatum & { homeX: number; homeY: number };
  const nodes: Node[] = anchors.map(({ x, y }) => ({ x, y, homeX: x, homeY: y }));
  // The radius leaves room for the rounding to whole units afterwards (at most √2 / 2 each).
  const simulation = forceSimulation(nodes)
    .force("collide", forceCollide<Node>(TAP_SPACING / 2 + 0.75).strength(1).iterations(8))
    .force("x", forceX<Node>((node) => node.homeX).strength(0.04))
    .force("y", forceY<Node>((node) => node.homeY).strength(0.04))
    .stop();
  simulation.tick(400);
  return nodes.map((node) => ({ x: Math.round(node.x!), y: Math.round(node.y!) }));
}

/** Pairs of different places' points closer than TAP_SPACING, by the Delaunay triangulation's edges. */
export function crowdedPairs(points: readonly { x: number; y: number; place: number }[]): [number, number][] {
  const delaunay = Delaunay.from(points, (point) => point.x, (point) => point.y);
  const pairs: [number, number][] = [];
  const { halfedges, triangles } = delaunay;
  for (let edge = 0; edge < halfedges.length; edge += 1) {
    if (halfedges[edge] > edge) continue; // each inner edge once
    const a = triangles[edge];
    const b = triangles[edge % 3 === 2 ? edge - 2 : edge + 1];
    const [p, q] = [points[a], points[b]];
    if (p.place !== q.place && Math.hypot(p.x - q.x, p.y - q.y) < TAP_SPACING) pairs.push([a, b]);
  }
  // A set of collinear points has no triangles: compare neighbours along the hull.
  if (triangles.length === 0) {
    const hull = delaunay.hull;
    for (let i = 1; i < hull.length; i += 1) {
      const [p, q] = [points[hull[i - 1]], points[hull[i]]];
      if (p.place !== q.place && Math.hypot(p.x - q.x, p.y - q.y) < TAP_SPACING) pairs.push([hull[i - 1], hull[i]]);
    }
  }
  return pairs;
}

/**
 * Every place's tap points on a map `width` × `height` drawn with `projection`. Throws if two places'
 * anchors could not be spaced (the caller names it).
 */
export function tapTargets(places: readonly TapPlace[], projection: GeoProjection, width: number, height: number): TapTargets {
  const path = geoPath(projection);
  const candidates: Candidate[] = [];

  // Every part of every place as drawn, with its planar area and bounds.
  const allParts = places.flatMap((place, index) =>
    place.polygons.map((coordinates) => {
      const polygon: Polygon = { type: "Polygon", coordinates };
      return { place: index, polygon, area: path.area(polygon), bounds: path.bounds(polygon), centre: path.centroid(polygon) };
    }),
  );

  // Anchors: a dot, or the label point of the largest part as drawn.
  const homes = places.map((place, index) => {
    if (place.dot) return place.dot;
    const largest = allParts.filter((part) => part.place === index).reduce((best, part) => (part.area > best.area ? part : best));
    const [x, y] = polylabel(projectedRings(projection, largest.polygon.coordinates), 1);
    return { x, y };
  });
  const anchors = spacedAnchors(homes);
  anchors.forEach(({ x, y }, place) => candidates.push({ x, y, place, rank: 0 }));

  // The parts big enough to tap get the grid's points inside them, or else their centre.
  const parts = allParts.filter((part) => part.area >= MIN_PART_AREA);
  const sampled = new Set<(typeof parts)[number]>();
  for (let y = GRID_SPACING / 2; y < height; y += GRID_SPACING) {
    for (let x = GRID_SPACING / 2; x < width; x += GRID_SPACING) {
      const where = projection.invert!([x, y]);
      if (!where) continue;
      const part = parts.find(({ bounds: [[x0, y0], [x1, y1]], polygon }) => x >= x0 && x <= x1 && y >= y0 && y <= y1 && geoContains(polygon, where));
      if (part) {
        candidates.push({ x, y, place: part.place, rank: 2 });
        sampled.add(part);
      }
    }
  }
  for (const part of parts) {
    if (!sampled.has(part)) candidates.push({ x: Math.round(part.centre[0]), y: Math.round(part.centre[1]), place: part.place, rank: 1 });
  }

  // Drop what crowds another place, the least needed first, until nothing does. Delaunay leaves out
  // a point that coincides with another, so those go first.
  const at = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = `${candidate.x},${candidate.y}`;
    const other = at.get(key);
    if (other && other.rank === 0 && candidate.rank === 0) throw new Error(`the tap points of ${places[other.place].code} and ${places[candidate.place].code} coincide`);
    if (!other || candidate.rank < other.rank) at.set(key, candidate);
  }
  let kept = [...at.values()];
  for (;;) {
    const pairs = crowdedPairs(kept);
    if (pairs.length === 0) break;
    const dropped = new Set<number>();
    for (const [a, b] of pairs) {
      if (dropped.has(a) || dropped.has(b)) continue;
      const loser = kept[a].rank >= kept[b].rank ? a : b;
      if (kept[loser].rank === 0) {
        throw new Error(`the tap points of ${places[kept[a].place].code} and ${places[kept[b].place].code} are ${Math.hypot(kept[a].x - kept[b].x, kept[a].y - kept[b].y).toFixed(1)} map units apart, under ${TAP_SPACING}`);
      }
      dropped.add(loser);
    }
    kept = kept.filter((_, index) => !dropped.has(index));
  }

  // The dots first (each place's one), then the rest by place; within a place, points closer than
  // half a grid step add nothing: one is enough.
  const isDot = (point: Candidate) => point.rank === 0 && places[point.place].dot !== undefined;
  const ordered = [...kept.filter(isDot), ...kept.filter((point) => !isDot(point)).sort((a, b) => a.place - b.place || a.rank - b.rank)];
  const points: number[] = [];
  ordered.forEach((point, index) => {
    const twin = ordered.slice(0, index).some((other) => other.place === point.place && Math.hypot(other.x - point.x, other.y - point.y) < GRID_SPACING / 2);
    if (!twin) points.push(point.x, point.y, point.place);
  });

  return {
    taps: { codes: places.map((place) => place.code).join(""), dots: places.filter((place) => place.dot).length, points },
    dots: new Map(places.flatMap((place, index) => (place.dot ? [[place.code, anchors[index]] as const] : []))),
  };
}
