/**
 * Everything the world maps need, as plain props, made from the site's content when a page is
 * prerendered: the projected shapes, each jurisdiction's colour slot and periods, and the
 * key dates with their timeline entries.
 */
import "server-only";
import type { TimelineEntry } from "../content/site-content";
import { timelineEntryDay } from "../timeline";
import { todayUtc } from "../dates";
import type { RegionData } from "../region-rules";
import { keyDates, keyDays, mapJurisdictions, type KeyDate, type MapJurisdiction } from "./map-status";
import { buildWorldGeometry, type WorldGeometry } from "./world-geometry.server";
import { mapSlotStyle } from "./map-slot-style.server";
import { worldMapSprite } from "./world-map-sprite.server";
import type { WorldMapSprite } from "./world-map-sprite";
import type { MapTaps } from "./nearest-place";

export interface WorldMapData {
  geometry: WorldGeometry;
  /** The shapes' file, which the pages draw the map from (lib/map/world-map-sprite.server.ts). */
  sprite: WorldMapSprite;
  /** Where a tap on the map on /region picks each place. */
  taps: MapTaps;
  jurisdictions: MapJurisdiction[];
  /** Each jurisdiction's colour slot, by id. */
  slots: Record<string, number>;
  /** The stylesheet that colours the slots (lib/map/map-slot-style.server.ts), which the map links. */
  slotStyleHref: string;
  rangeStart: string;
  builtOn: string;
  keyDates: (KeyDate & { title: string })[];
}

const geometries = new WeakMap<RegionData["places"], WorldGeometry>();

/**
 * The map's shapes, each jurisdiction's colour slot and the shapes file: what the file itself is made
 * from (app/map/[file]/route.ts), which needs no timeline (its key days are the days periods start).
 */
export function worldMapShapes(regions: RegionData) {
  let geometry = geometries.get(regions.places);
  if (!geometry) {
    geometry = buildWorldGeometry(regions.places);
    geometries.set(regions.places, geometry);
  }
  const jurisdictions = mapJurisdictions(regions);
  const slots = Object.fromEntries(jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction.slot]));
  return { geometry, jurisdictions, slots, slotStyle: mapSlotStyle(jurisdictions.length), ...worldMapSprite(geometry, jurisdictions, keyDays(regions)) };
}

export function worldMapData(regions: RegionData, timeline: readonly TimelineEntry[]): WorldMapData {
  const { geometry, jurisdictions, slots, slotStyle, sprite } = worldMapShapes(regions);
  const entries = new Map(timeline.map((entry) => [entry.slug, entry]));
  const days = new Map(timeline.map((entry) => [entry.slug, timelineEntryDay(entry)]));
  const codes = geometry.taps.codes.match(/../g) ?? [];
  return {
    geometry,
    sprite,
    taps: { ...geometry.taps, slots: codes.map((code) => slots[regions.places.get(code)!.jurisdiction]) },
    jurisdictions,
    slots,
    slotStyleHref: slotStyle.href,
    rangeStart: regions.rangeStart,
    builtOn: todayUtc(),
    keyDates: keyDates(regions, days).map((key) => ({ ...key, title: entries.get(key.timelineSlug)!.frontmatter.title })),
  };
}
