/**
 * How the shapes of Natural Earth's countries (world-atlas 2.0.2, 1:50m) become the site's places.
 * A shape's ISO 3166-1 numeric id is turned into an alpha-2 code by i18n-iso-countries; these are
 * the site's own rules on top of that, and the build checks them against content/regions/places.yaml
 * (see lib/map/world-geometry.server.ts): every drawn shape must be a place, and every place must be
 * drawn as a shape or listed here as a dot.
 */

/** [west, south, east, north] in degrees. */
export type GeoBox = readonly [number, number, number, number];

/**
 * Parts of a country's shape that are places of their own in ISO 3166-1 (and may have their own
 * answer): each polygon of the shape whose centre lies in the box is drawn as that place instead.
 */
export const separateParts: readonly { shape: string; place: string; box: GeoBox }[] = [
  { shape: "FR", place: "GF", box: [-55, 1, -51, 7] },
  { shape: "FR", place: "GP", box: [-62, 15.8, -60.8, 16.7] },
  { shape: "FR", place: "MQ", box: [-61.4, 14.2, -60.7, 15] },
  { shape: "FR", place: "RE", box: [55, -21.6, 56, -20.7] },
  { shape: "FR", place: "YT", box: [44.8, -13.2, 45.5, -12.5] },
  { shape: "NL", place: "BQ", box: [-69, 11.8, -62.8, 17.8] },
  { shape: "NO", place: "SJ", box: [10, 74, 35, 82] },
];

/**
 * Shapes in the map data without an ISO code (the "map.neutralNote" message in lib/ui-text names them for readers): disputed or unrecognised areas and one group of
 * islands. They are drawn in a neutral grey and not guessed at; the places inside them that have a
 * code are drawn as dots below.
 */
export const shapesWithoutCode: readonly string[] = ["Kosovo", "N. Cyprus", "Somaliland", "Siachen Glacier", "Indian Ocean Ter."];

/**
 * Places the 1:50m data has no shape for (too small, or inside a shape without a code), drawn as a
 * dot where they are: [longitude, latitude].
 */
export const dotOnlyPlaces: Readonly<Record<string, readonly [number, number]>> = {
  BV: [3.4, -54.4],
  CC: [96.87, -12.16],
  CX: [105.69, -10.45],
  GI: [-5.35, 36.14],
  TK: [-171.8, -9.2],
  TV: [179.2, -8.5],
  /** The US Minor Outlying Islands are scattered across the Pacific: the dot is on Wake Island. */
  UM: [166.63, 19.28],
  XK: [20.9, 42.6],
};

/** A drawn place whose largest part is smaller than this (in map units, on a map 800 wide) also gets a dot, so it can be seen and tapped. */
export const smallPlaceSize = 5;
