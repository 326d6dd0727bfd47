/**
 * Which place a tap on the world map picks: the place of the nearest tap point (made at build time
 * by lib/map/tap-targets.ts, which keeps every two places' points apart), and the other places
 * within a finger's reach of the tap, for when the finger was not where the reader meant. Pure and
 * small: the map on /region runs it in the browser, over a few hundred points.
 */
import { placeName } from "../place-names";

/** The map's tap points, as the page carries them. */
export interface MapTaps {
  /** The places' codes, two letters each, one after another: "ADAEAF…". */
  codes: string;
  /** Each place's colour slot, in the order of `codes`: the map's colours say its answer. */
  slots: number[];
  /** x, y (map units) and the place's index in `codes`, for each point, one after another. */
  points: number[];
  /** How many of the points, the first, are dots drawn on the map (one per place drawn as a dot). */
  dots: number;
}

export interface PlaceNearby {
  code: string;
  slot: number;
  /** From the tap to the place's nearest point, in map units. */
  distance: number;
  /** That point. */
  x: number;
  y: number;
}

/**
 * Every place with a point within `radius` of (x, y), nearest first; the nearest place always,
 * whatever the radius. With `onlyDots`, only the places' dots count.
 */
export function placesNear(taps: MapTaps, x: number, y: number, radius: number, onlyDots = false): PlaceNearby[] {
  const nearest = new Map<number, PlaceNearby>();
  let best: PlaceNearby | null = null;
  const end = onlyDots ? taps.dots * 3 : taps.points.length;
  for (let index = 0; index < end; index += 3) {
    const [px, py, place] = [taps.points[index], taps.points[index + 1], taps.points[index + 2]];
    const distance = Math.hypot(px - x, py - y);
    const known = nearest.get(place);
    if (known && known.distance <= distance) continue;
    const found = { code: taps.codes.slice(place * 2, place * 2 + 2), slot: taps.slots[place], distance, x: px, y: py };
    nearest.set(place, found);
    if (!best || distance < best.distance) best = found;
  }
  const near = [...nearest.values()].filter((place) => place.distance <= radius || place === best);
  return near.sort((a, b) => a.distance - b.distance);
}

/** A place's index in `codes`, or -1. */
function placeIndex(taps: MapTaps, code: string): number {
  for (let index = 0; index * 2 < taps.codes.length; index += 1) if (taps.codes.startsWith(code, index * 2)) return index;
  return -1;
}

/** The place whose tap point is nearest (x, y): what a tap there picks in the sea, or before the shapes file is read. */
export function nearestPlace(taps: MapTaps, x: number, y: number): PlaceNearby | null {
  return placesNear(taps, x, y, 0)[0] ?? null;
}

/** The language tags a browser can name places in: a tag it cannot read ("C", "en_US") is left out. */
export function usableLanguages(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => {
    try {
      return Intl.getCanonicalLocales(tag);
    } catch {
      return [];
    }
  });
}

/** The place a tap picked (its point is where the map marks it), its name, and the other places within reach. */
export interface MapPick extends PlaceNearby {
  name: string;
  nearby: { code: string; name: string }[];
}

/**
 * What a tap at (x, y) shows, in map units. The nearest place: a dot within `dotReach` (drawn on top
 * of the shapes, a small place wins there), or else the shape under the tap (`shapeAt`, which the
 * browser knows once it has read the shapes file), or else, in the sea, the place of the nearest tap
 * point. Named in `languages` (its answer is its slot's status on the day shown), with up to `limit`
 * other places within `reach`.
 */
export function pickOnMap(
  taps: MapTaps,
  { x, y, shapeAt = null, dotReach, reach }: { x: number; y: number; shapeAt?: string | null; dotReach: number; reach: number },
  languages: readonly string[],
  limit = 6,
): MapPick | null {
  const near = placesNear(taps, x, y, reach);
  const dot = taps.dots > 0 ? placesNear(taps, x, y, 0, true)[0] : undefined;
  const shapeIndex = shapeAt === null ? -1 : placeIndex(taps, shapeAt);
  // A shape is marked where it was tapped.
  const shape = shapeIndex < 0 ? undefined : { code: shapeAt!, slot: taps.slots[shapeIndex], distance: 0, x, y };
  const chosen = dot && dot.distance <= dotReach ? dot : (shape ?? near[0]);
  if (!chosen) return null;
  const tags = usableLanguages(languages);
  const name = (code: string) => placeName(code, tags);
  return {
    ...chosen,
    name: name(chosen.code),
    nearby: near.filter((place) => place.code !== chosen.code).slice(0, limit).map((place) => ({ code: place.code, name: name(place.code) })),
  };
}
