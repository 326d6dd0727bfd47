import path from "node:path";
import { Delaunay } from "d3-delaunay";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { loadSiteContent, type SiteContent } from "@/lib/content";
import { worldMapData, type WorldMapData } from "@/lib/map/map-data.server";
import { slotStatusesOn } from "@/lib/map/map-status";
import { nearestPlace, pickOnMap, placesNear, usableLanguages, type MapTaps } from "@/lib/map/nearest-place";
import { TAP_SPACING } from "@/lib/map/tap-targets";
import { worldProjection } from "@/lib/map/world-geometry.server";
import { dotRadius } from "@/lib/map/world-map-sprite";
import { placeName } from "@/lib/place-names";
import { regionStatus } from "@/lib/region-rules";

let content: SiteContent;
let map: WorldMapData;
let taps: MapTaps;
/** Every tap point with its place's code. */
let points: { x: number; y: number; code: string }[];

beforeAll(async () => {
  content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../../content"), cacheDir: null });
  map = worldMapData(content.regions, content.timeline);
  taps = map.taps;
  points = [];
  for (let index = 0; index < taps.points.length; index += 3) {
    const place = taps.points[index + 2];
    points.push({ x: taps.points[index], y: taps.points[index + 1], code: taps.codes.slice(place * 2, place * 2 + 2) });
  }
}, 60_000);

/** Where the map draws a longitude and latitude, in map units. */
const at = (longitude: number, latitude: number) => worldProjection()([longitude, latitude])!;

describe("every place can be picked on the map", () => {
  test("every place has a tap point, and a tap on any of them picks its place", () => {
    expect(new Set(points.map((point) => point.code))).toEqual(new Set(content.regions.places.keys()));
    for (const point of points) expect(nearestPlace(taps, point.x, point.y)?.code, `${point.code} at ${point.x},${point.y}`).toBe(point.code);
  });

  test(`no two places' tap points are closer than ${TAP_SPACING} map units, so none crowds another out`, () => {
    let closest = Infinity;
    for (const [index, a] of points.entries()) {
      for (const b of points.slice(index + 1)) if (a.code !== b.code) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
    }
    expect(closest).toBeGreaterThanOrEqual(TAP_SPACING);
  });

  test("no dot hides another: dots are drawn apart, each where a tap on it picks its place (Hong Kong and Macau too)", () => {
    const dots = map.geometry.dots;
    for (const [index, a] of dots.entries()) {
      for (const b of dots.slice(index + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.code} and ${b.code}`).toBeGreaterThan(2 * dotRadius.large);
      expect(nearestPlace(taps, a.x, a.y)?.code).toBe(a.code);
    }
    const dot = (code: string) => dots.find((found) => found.code === code)!;
    for (const code of ["HK", "MO", "LU", "MT", "LI", "MF", "SX", "AI", "KN", "GP", "DM"]) expect(dot(code), code).toBeDefined();
    // Still near where they are: Hong Kong east of Macau, both within a few units of the coast they share.
    expect(dot("HK").x).toBeGreaterThan(dot("MO").x);
    for (const [code, longitude, latitude] of [["HK", 114.17, 22.3], ["MO", 113.55, 22.17], ["LU", 6.13, 49.61]] as const) {
      const [x, y] = at(longitude, latitude);
      expect(Math.hypot(dot(code).x - x, dot(code).y - y), code).toBeLessThan(8);
    }
  });

  test("a tap well inside a large country picks it by the tap points alone (before the shapes file is read)", () => {
    const inside: [string, number, number][] = [
      ["US", -104.99, 39.74], // Denver
      ["US", -87.63, 41.88], // Chicago
      ["US", -149.9, 61.22], // Anchorage
      ["CA", -97.14, 49.9], // Winnipeg
      ["RU", 37.62, 55.75], // Moscow
      ["RU", 82.93, 55.03], // Novosibirsk
      ["RU", 129.73, 62.03], // Yakutsk
      ["BR", -47.88, -15.79], // Brasília
      ["BR", -60.02, -3.12], // Manaus
      ["CN", 104.07, 30.67], // Chengdu
      ["IN", 79.09, 21.15], // Nagpur
      ["AU", 133.88, -23.7], // Alice Springs
      ["DZ", 3.0, 28.0],
      ["CD", 23.0, -2.0],
      ["KZ", 67.0, 48.0],
      ["AR", -65.0, -35.0],
    ];
    for (const [code, longitude, latitude] of inside) expect(nearestPlace(taps, ...at(longitude, latitude))?.code, `${code} at ${longitude},${latitude}`).toBe(code);
  });
});

describe("the nearest-point search", () => {
  test("picks the same point as d3-delaunay's Delaunay.find, anywhere on the map", () => {
    const delaunay = Delaunay.from(points, (point) => point.x, (point) => point.y);
    fc.assert(
      fc.property(fc.double({ min: 0, max: map.geometry.width, noNaN: true }), fc.double({ min: 0, max: map.geometry.height, noNaN: true }), (x, y) => {
        const found = points[delaunay.find(x, y)];
        const picked = nearestPlace(taps, x, y)!;
        // Points equally near may be told apart differently; the nearest distance is the same.
        expect(Math.hypot(picked.x - x, picked.y - y)).toBeCloseTo(Math.hypot(found.x - x, found.y - y), 9);
      }),
      { numRuns: 2000 },
    );
  });

  test("lists the other places within reach, nearest first, each once", () => {
    const [x, y] = at(6.13, 49.61); // Luxembourg
    const near = placesNear(taps, x, y, 40);
    expect(near[0].code).toBe("LU");
    expect(near.map((place) => place.code)).toEqual(expect.arrayContaining(["BE", "DE", "FR", "LI"]));
    expect(new Set(near.map((place) => place.code)).size).toBe(near.length);
    for (let index = 1; index < near.length; index += 1) expect(near[index].distance).toBeGreaterThanOrEqual(near[index - 1].distance);
    expect(placesNear(taps, x, y, 0).map((place) => place.code)).toEqual(["LU"]);
  });
});

describe("what a tap picks", () => {
  test("the shape under the tap, wherever its tap points are", () => {
    // Berlin is nearer some other place's tap point than Germany's, but it is in Germany's shape.
    const [x, y] = at(13.4, 52.52);
    expect(pickOnMap(taps, { x, y, shapeAt: "DE", dotReach: 4, reach: 16 }, ["en"])!.code).toBe("DE");
    expect(pickOnMap(taps, { x, y, shapeAt: "DE", dotReach: 4, reach: 16 }, ["en"])!.nearby.map((place) => place.code)).not.toContain("DE");
  });

  test("a small place's dot over the shape under it, within the dot's reach, and the shape beyond it", () => {
    for (const code of ["LU", "LI", "HK", "MO", "MT", "MF", "SX"]) {
      const dot = map.geometry.dots.find((found) => found.code === code)!;
      expect(pickOnMap(taps, { x: dot.x + 2, y: dot.y - 2, shapeAt: "FR", dotReach: 4, reach: 16 }, ["en"])!.code, code).toBe(code);
    }
    const lu = map.geometry.dots.find((found) => found.code === "LU")!;
    expect(pickOnMap(taps, { x: lu.x + 5, y: lu.y, shapeAt: "DE", dotReach: 4, reach: 16 }, ["en"])!.code).toBe("DE");
  });

  test("in the sea, the place of the nearest tap point", () => {
    const [x, y] = at(-30, 30); // the middle of the Atlantic
    const pick = pickOnMap(taps, { x, y, shapeAt: null, dotReach: 4, reach: 16 }, ["en"])!;
    expect(pick.code).toBe(nearestPlace(taps, x, y)!.code);
  });
});

describe("what a tap shows", () => {
  test("the place's name in the page's language and its answer that day, and the places near it", () => {
    const hongKong = map.geometry.dots.find((dot) => dot.code === "HK")!;
    const day = "2024-10-11";
    const pick = pickOnMap(taps, { x: hongKong.x, y: hongKong.y, shapeAt: "CN", dotReach: 4, reach: 20 }, ["ja"])!;
    expect(pick.code).toBe("HK");
    expect(pick.name).toBe(placeName("HK", ["ja"]));
    expect(pick.name).not.toBe("Hong Kong SAR China");
    const answer = regionStatus("HK", day, content.regions);
    expect(answer.ok && answer.status).toBe(slotStatusesOn(map.jurisdictions, day)[pick.slot]);
    expect(pick.nearby.map((place) => place.code)).toContain("MO");
  });

  test("a browser's odd language tag is passed over, and places are still named", () => {
    expect(usableLanguages(["C", "en_US", "ja", "de-DE"])).toEqual(["ja", "de-DE"]);
    const lu = map.geometry.dots.find((dot) => dot.code === "LU")!;
    const tap = { x: lu.x, y: lu.y, dotReach: 4, reach: 10 };
    expect(() => pickOnMap(taps, tap, ["C"])).not.toThrow();
    expect(pickOnMap(taps, tap, ["C"])!.name).toBe("Luxembourg");
  });
});
