/**
 * The world map's shapes as one SVG file, served beside the pages (app/map/[file]/route.ts) and
 * drawn in them with <use href="/map/world-….svg#…">: the pages carry a few <use> elements instead of
 * some 75 KB of path data, so the map adds nothing to the time a page takes to arrive and paint, and
 * one download, cached for good under a content-hashed name, serves every map on every page.
 *
 * The file holds geometry only, no style: each colour slot's shapes and dots are a group of their
 * own, and the page's stylesheet colours the <use> that draws the group (the copy inherits fill and
 * stroke from it), with the page's own patterns. The place codes (data-code) let the map on /region,
 * once its script runs, draw the same shapes as links.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { WorldGeometry } from "./world-geometry.server";
import { dotRadius, spriteIds, type WorldMapSprite } from "./world-map-sprite";

export const spriteDirectory = "/map/";

const sprites = new WeakMap<WorldGeometry, { sprite: WorldMapSprite; text: string; file: string }>();

/** The file's text and name for a geometry and its places' colour slots, made once per geometry. */
export function worldMapSprite(geometry: WorldGeometry, slots: Readonly<Record<string, number>>): { sprite: WorldMapSprite; text: string; file: string } {
  const made = sprites.get(geometry);
  if (made) return made;
  const slotOf = (jurisdiction: string) => slots[jurisdiction];
  const shapeSlots = [...new Set(geometry.shapes.map((shape) => slotOf(shape.jurisdiction)))].sort((a, b) => a - b);
  const dotSlots = [...new Set(geometry.dots.map((dot) => slotOf(dot.jurisdiction)))].sort((a, b) => a - b);
  const groups = [
    ...shapeSlots.map((slot) =>
      group(spriteIds.shapes(slot), geometry.shapes.filter((shape) => slotOf(shape.jurisdiction) === slot).map((shape) => `<path data-code="${shape.code}" d="${shape.d}"/>`)),
    ),
    ...(["large", "small"] as const).flatMap((size) =>
      dotSlots.map((slot) =>
        group(
          spriteIds.dots(slot, size),
          geometry.dots.filter((dot) => slotOf(dot.jurisdiction) === slot).map((dot) => `<circle data-code="${dot.code}" cx="${dot.x}" cy="${dot.y}" r="${dotRadius[size]}"/>`),
        ),
      ),
    ),
  ];
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${geometry.height}"><defs>` +
    `<path id="${spriteIds.sphere}" d="${geometry.sphere}"/><path id="${spriteIds.neutral}" d="${geometry.neutral.d}"/>` +
    `${groups.join("")}</defs></svg>\n`;
  const file = `world-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.svg`;
  const result = { sprite: { href: `${spriteDirectory}${file}`, width: geometry.width, height: geometry.height, shapeSlots, dotSlots }, text, file };
  sprites.set(geometry, result);
  return result;
}

const group = (id: string, children: string[]) => `<g id="${id}">${children.join("")}</g>`;
