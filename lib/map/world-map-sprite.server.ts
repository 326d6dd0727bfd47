/**
 * The world map's shapes as one SVG file, served beside the pages (app/map/[file]/route.ts), made
 * once and cached for good under a content-hashed name. Two kinds of map draw it:
 *
 * - The map on /region draws its groups with <use href="/map/world-….svg#shapes-3">, one per colour
 *   slot, and colours each <use> from the page's stylesheet (the copy inherits fill and stroke).
 * - The story's small maps show the whole file as an image, <img src="/map/world-….svg#on-2024-09-18">:
 *   the file's own style colours it for the key day its address names (`:target`), in light, or in
 *   dark with `-dark` after the day. Every one of those rules starts from `:target`, an empty marker
 *   element before the map, so none of them can reach a <use> copy of a group.
 *
 * An image below the first screen is a low-priority request that a page's first paint never waits
 * for; the <use> references of the small maps were not. With the shapes' place codes, in the file's
 * order (WorldMapSprite.codes, which the page carries), the map on /region, once its script runs,
 * tells which shape a tap is on.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { RegionStatus } from "../schemas";
import { mapPalette, mapPatterns, type MapPalette } from "./map-colours";
import { slotStatusesOn, type MapJurisdiction } from "./map-status";
import type { WorldGeometry } from "./world-geometry.server";
import { dotRadius, spriteIds, type WorldMapSprite } from "./world-map-sprite";

export const spriteDirectory = "/map/";

const sprites = new WeakMap<WorldGeometry, { sprite: WorldMapSprite; text: string; file: string }>();

/**
 * The file's text and name for a geometry, its jurisdictions (each with its colour slot) and the key
 * days the story's small maps show, made once per geometry.
 */
export function worldMapSprite(geometry: WorldGeometry, jurisdictions: readonly MapJurisdiction[], keyDays: readonly string[]): { sprite: WorldMapSprite; text: string; file: string } {
  const made = sprites.get(geometry);
  if (made) return made;
  const slots = new Map(jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction.slot]));
  const slotOf = (jurisdiction: string) => slots.get(jurisdiction)!;
  const shapeSlots = [...new Set(geometry.shapes.map((shape) => slotOf(shape.jurisdiction)))].sort((a, b) => a - b);
  const dotSlots = [...new Set(geometry.dots.map((dot) => slotOf(dot.jurisdiction)))].sort((a, b) => a - b);
  // Each slot's shapes and dots, in the order the file holds them (and the page's codes of the shapes follow).
  const shapesBySlot = shapeSlots.map((slot) => ({ slot, shapes: geometry.shapes.filter((shape) => slotOf(shape.jurisdiction) === slot) }));
  const dotsBySlot = dotSlots.map((slot) => ({ slot, dots: geometry.dots.filter((dot) => slotOf(dot.jurisdiction) === slot) }));
  const shapes = shapesBySlot.map(({ slot, shapes }) => group(spriteIds.shapes(slot), shapes.map((shape) => `<path d="${shape.d}"/>`)));
  const dots = (size: "large" | "small") =>
    dotsBySlot.map(({ slot, dots }) => group(spriteIds.dots(slot, size), dots.map((dot) => `<circle cx="${dot.x}" cy="${dot.y}" r="${dotRadius[size]}"/>`)));
  const days = keyDays.map((day) => ({ day, statuses: slotStatusesOn(jurisdictions, day) }));
  const text =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${geometry.height}">` +
    `<style>${imageStyle(days, shapeSlots, dotSlots)}</style>` +
    days.map(({ day }) => `<g id="${spriteIds.keyDay(day, "light")}"/><g id="${spriteIds.keyDay(day, "dark")}"/>`).join("") +
    `<defs>${imagePatterns()}</defs>` +
    `<g><path id="${spriteIds.sphere}" d="${geometry.sphere}"/><path id="${spriteIds.neutral}" d="${geometry.neutral.d}"/>` +
    group("shapes", shapes) +
    group("dots", dots("large")) +
    group("dots-small", dots("small")) +
    `</g></svg>\n`;
  const file = `world-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.svg`;
  const codes = shapesBySlot.flatMap(({ shapes }) => shapes.map((shape) => shape.code));
  const result = { sprite: { href: `${spriteDirectory}${file}`, width: geometry.width, height: geometry.height, shapeSlots, dotSlots, codes }, text, file };
  sprites.set(geometry, result);
  return result;
}

const group = (id: string, children: string[]) => `<g id="${id}">${children.join("")}</g>`;

/** The colours of a theme as the custom properties the file's rules use. */
const paletteProperties = (palette: MapPalette) =>
  `--used:${palette.used};--left-out:${palette.leftOut};--left-out-line:${palette.leftOutLine};--not-known:${palette.notKnown};` +
  `--not-known-dot:${palette.notKnownDot};--neutral:${palette.neutral};--border:${palette.border};--outline:${palette.outline};--dot-ring:${palette.dotRing}`;

const statusFill: Record<RegionStatus, string> = { "used-by-default": "var(--used)", excluded: "url(#left-out)", uncertain: "url(#not-known)" };

/**
 * The rules that draw the file as an image: the theme's colours, the map's lines, the small maps'
 * dots (not the big map's), and each key day's colour per slot. A place with no status that day, or
 * none at all, stays neutral.
 */
function imageStyle(days: { day: string; statuses: (RegionStatus | null)[] }[], shapeSlots: number[], dotSlots: number[]): string {
  const ids = (list: string[]) => list.map((id) => `#${id}`).join(",");
  // [id^=on-2024-09-18] is the day's marker in light and in dark (on-2024-09-18-dark).
  const dayRules = days.flatMap(({ day, statuses }) =>
    (Object.keys(statusFill) as RegionStatus[]).flatMap((status) => {
      const groups = [
        ...shapeSlots.filter((slot) => statuses[slot] === status).map((slot) => spriteIds.shapes(slot)),
        ...dotSlots.filter((slot) => statuses[slot] === status).map((slot) => spriteIds.dots(slot, "small")),
      ];
      const target = `[id^=${spriteIds.keyDay(day, "light")}]:target~*`;
      return groups.length === 0 ? [] : [`${target} :is(${ids(groups)}){fill:${statusFill[status]}}`];
    }),
  );
  return [
    `:target~*{${paletteProperties(mapPalette.light)}}`,
    `[id$=-dark]:target~*{${paletteProperties(mapPalette.dark)}}`,
    `:target~* #${spriteIds.sphere}{fill:none;stroke:var(--outline);stroke-width:.75}`,
    `:target~* #${spriteIds.neutral},:target~* #shapes,:target~* #dots-small{fill:var(--neutral)}`,
    `:target~* #shapes{stroke:var(--border);stroke-width:.4;stroke-linejoin:round}`,
    `:target~* #dots-small{stroke:var(--dot-ring);stroke-width:.8}`,
    `:target~* #dots{display:none}`,
    `:target~* .left-out-bg{fill:var(--left-out)}`,
    `:target~* .left-out-line{stroke:var(--left-out-line)}`,
    `:target~* .not-known-bg{fill:var(--not-known)}`,
    `:target~* .not-known-dot{fill:var(--not-known-dot)}`,
    ...dayRules,
  ].join("");
}

/** The coarse patterns (lib/map/map-colours.ts): the small maps are drawn at under half a pixel per unit. */
function imagePatterns(): string {
  const { leftOut, notKnown } = mapPatterns.coarse;
  return (
    `<pattern id="left-out" width="${leftOut.size}" height="${leftOut.size}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect class="left-out-bg" width="${leftOut.size}" height="${leftOut.size}"/><path class="left-out-line" d="${leftOut.line}" stroke-width="${leftOut.lineWidth}"/></pattern>` +
    `<pattern id="not-known" width="${notKnown.size}" height="${notKnown.size}" patternUnits="userSpaceOnUse">` +
    `<rect class="not-known-bg" width="${notKnown.size}" height="${notKnown.size}"/><circle class="not-known-dot" cx="${notKnown.size / 2}" cy="${notKnown.size / 2}" r="${notKnown.radius}"/></pattern>`
  );
}
