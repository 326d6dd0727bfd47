/**
 * The world map's shapes file (made by lib/map/world-map-sprite.server.ts, served as /map/world-….svg):
 * what a page needs to know to draw from it, and, for the map on /region once its script runs, how
 * to read its shapes back to tell which one a tap is on.
 */

/** A dot's radius in map units: on the big map, and on the story's small maps (drawn at under half a pixel per unit). */
export const dotRadius = { large: 3.2, small: 9 } as const;
export type DotSize = keyof typeof dotRadius;

/** What a page needs to draw the map from the file. */
export interface WorldMapSprite {
  /** The file's address, with its content hash: /map/world-0123456789abcdef.svg. */
  href: string;
  width: number;
  height: number;
  /** The colour slots that have shapes, and those that have dots, in order. */
  shapeSlots: number[];
  dotSlots: number[];
  /**
   * The place code of each shape, in the file's order: the file itself carries no codes, to stay
   * within a page's first round trip.
   */
  codes: string[];
}

/** Ids of the groups in the file. */
export const spriteIds = {
  sphere: "sphere",
  neutral: "neutral",
  shapes: (slot: number) => `shapes-${slot}`,
  dots: (slot: number, size: DotSize) => (size === "large" ? `dots-${slot}` : `dots-small-${slot}`),
  /** The empty marker that an image of the file targets to show a key day: /map/world-….svg#on-2024-09-18. */
  keyDay: (day: string, theme: "light" | "dark") => (theme === "light" ? `on-${day}` : `on-${day}-dark`),
};

/**
 * The file's shapes, each with its place's code, read back from its text: the map on /region tells
 * from them which place's shape a tap is on. (In the browser: DOMParser is the platform's XML parser.)
 */
export function readShapes(text: string, sprite: WorldMapSprite): { code: string; d: string }[] {
  // The file's own style is for the file drawn as an image; parsed here, the page's style policy
  // (style-src 'self') would refuse it and say so in the console. Only the shapes are wanted.
  const file = new DOMParser().parseFromString(text.replace(/<style>[^<]*<\/style>/, ""), "image/svg+xml");
  const paths = sprite.shapeSlots.flatMap((slot) => [...(file.getElementById(spriteIds.shapes(slot))?.children ?? [])]);
  return paths.map((path, index) => ({ code: sprite.codes[index] ?? "", d: path.getAttribute("d") ?? "" }));
}
