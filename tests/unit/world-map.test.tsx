import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, test } from "vitest";
import { KeyDateMaps } from "@/components/map/KeyDateMaps";
import { loadSiteContent, type SiteContent } from "@/lib/content";
import { addDays } from "@/lib/dates";
import { worldMapData, type WorldMapData } from "@/lib/map/map-data.server";
import { mapSlotRules, mapSlotStyle } from "@/lib/map/map-slot-style.server";
import { mapJurisdictions, slotStatusesOn, statusCounts } from "@/lib/map/map-status";
import { mapSummary } from "@/lib/map/map-summary";
import { uiTextFor } from "@/lib/ui-text";
import { mapSummaryText } from "@/lib/ui-text/island-text";
import { buildWorldGeometry, MapDataError } from "@/lib/map/world-geometry.server";
import { worldMapSprite } from "@/lib/map/world-map-sprite.server";
import { regionStatus } from "@/lib/region-rules";

let content: SiteContent;
let map: WorldMapData;

beforeAll(async () => {
  content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../../content"), cacheDir: null });
  map = worldMapData(content.regions, content.timeline);
  // Compiling every MDX file of content/ with no cache: slow on a busy two-core machine.
}, 120_000);

describe("the map's colours are the checker's answers", () => {
  test("for every place on every key date, and the day before each", () => {
    const days = map.keyDates.flatMap((key) => (key.date === content.regions.rangeStart ? [key.date] : [addDays(key.date, -1), key.date]));
    let compared = 0;
    for (const day of days) {
      const slotStatuses = slotStatusesOn(map.jurisdictions, day);
      for (const place of content.regions.places.values()) {
        const answer = regionStatus(place.code, day, content.regions);
        if (!answer.ok) throw new Error(`${place.code} on ${day}: ${answer.problem}`);
        expect(slotStatuses[map.slots[place.jurisdiction]], `${place.code} on ${day}`).toBe(answer.status);
        compared += 1;
      }
    }
    expect(compared).toBe(days.length * content.regions.places.size);
  });

  test("the summary counts every place once", () => {
    for (const key of map.keyDates) {
      const counts = statusCounts(map.jurisdictions, slotStatusesOn(map.jurisdictions, key.date));
      expect(counts.excluded + counts["used-by-default"] + counts.uncertain).toBe(content.regions.places.size);
    }
  });

  test("Germany is left out on 2 November 2025 and used by default from 3 November", () => {
    const germany = map.slots[content.regions.places.get("DE")!.jurisdiction];
    expect(slotStatusesOn(map.jurisdictions, "2025-11-02")[germany]).toBe("excluded");
    expect(slotStatusesOn(map.jurisdictions, "2025-11-03")[germany]).toBe("used-by-default");
  });
});

describe("the key dates come from the content", () => {
  test("they are the days a period starts, each linked to the timeline entry of that day", () => {
    const dates = map.keyDates.map((key) => key.date);
    expect(dates[0]).toBe(content.regions.rangeStart);
    expect(dates).toEqual(expect.arrayContaining(["2024-09-20", "2024-10-11", "2025-01-22", "2025-11-03"]));
    const slugs = new Set(content.timeline.map((entry) => entry.slug));
    for (const key of map.keyDates) expect(slugs.has(key.timelineSlug), key.timelineSlug).toBe(true);
    expect(map.keyDates.find((key) => key.date === "2024-10-11")?.timelineSlug).toBe("hong-kong-pause");
  });

  test("the summary reads as a sentence", () => {
    expect(mapSummary(mapSummaryText("en"), "19 September 2024", { excluded: 31, "used-by-default": 1, uncertain: 0 }, "en")).toBe(
      "On 19 September 2024: left out in 31 places, used by default in 1 place, not known in 0 places.",
    );
  });
});

describe("every place is on the map", () => {
  test("as a shape or a dot, and the small ones as dots", () => {
    const drawn = new Set([...map.geometry.shapes.map((shape) => shape.code), ...map.geometry.dots.map((dot) => dot.code)]);
    expect([...content.regions.places.keys()].filter((code) => !drawn.has(code))).toEqual([]);
    const dots = new Set(map.geometry.dots.map((dot) => dot.code));
    for (const small of ["HK", "LU", "LI", "MT", "MC", "SG", "XK"]) expect(dots.has(small), small).toBe(true);
    expect(map.geometry.neutral.names).toEqual(expect.arrayContaining(["Kosovo", "N. Cyprus", "Somaliland"]));
  });

  test("the build stops, naming the shape, when a drawn shape is no place", () => {
    const withoutFrance = new Map([...content.regions.places].filter(([code]) => code !== "FR"));
    expect(() => buildWorldGeometry(withoutFrance)).toThrow(MapDataError);
    expect(() => buildWorldGeometry(withoutFrance)).toThrow(/the shape "France" \(FR\) is no place/);
  });

  test("the build stops, naming the place, when a place has no shape and no dot", () => {
    const withExtra = new Map(content.regions.places);
    withExtra.set("ZZ", { code: "ZZ", jurisdiction: "elsewhere" });
    expect(() => buildWorldGeometry(withExtra)).toThrow(/ZZ \(content\/regions\/places.yaml\) has no shape in the map data/);
  });

  test("the map's stylesheet colours a slot for every jurisdiction, however many there are", () => {
    const slots = mapJurisdictions(content.regions).length;
    for (const count of [slots, 13, 40]) {
      const css = mapSlotRules(count);
      for (let slot = 0; slot < count; slot += 1) {
        for (const status of ["used-by-default", "excluded", "uncertain"]) {
          expect(css, `slot ${slot}, ${status}`).toContain(`.world-map[data-s${slot}="${status}"]`);
        }
        expect(css).toContain(`.map-s${slot}{fill:var(--s${slot},`);
      }
      expect(css).not.toContain(`data-s${count}=`);
    }
    expect(map.slotStyleHref).toBe(mapSlotStyle(slots).href);
    expect(map.slotStyleHref).toMatch(/^\/map-styles\/slots-[0-9a-f]{16}\.css$/);
  });
});

describe("the story's strip", () => {
  test("shows every key date's map as the one shapes file, in light and dark, carrying no shapes itself, each captioned and linked to the timeline", () => {
    const html = renderToStaticMarkup(<KeyDateMaps map={map} text={uiTextFor("en").map} locale="en" />);
    expect(html).not.toMatch(/<path |<use |<symbol /);
    const images = [...html.matchAll(/<img [^>]*>/g)].map((image) => image[0]);
    expect(images.map((image) => image.match(/ src="([^"]+)"/)![1])).toEqual(
      map.keyDates.flatMap((key) => [`${map.sprite.href}#on-${key.date}`, `${map.sprite.href}#on-${key.date}-dark`]),
    );
    for (const image of images) expect(image).toMatch(/ loading="lazy"/);
    for (const key of map.keyDates) expect(html).toContain(`href="/timeline#${key.timelineSlug}"`);
    expect(html).toContain("On 3 November 2025: left out in 0 places");
  });
});

/** The file's own rules for one key day: each colour group it fills, and with what. */
function dayFills(text: string, day: string): Map<string, string> {
  const fills = new Map<string, string>();
  const rule = new RegExp(`\\[id\\^=on-${day}\\]:target~\\* :is\\(([^)]*)\\)\\{fill:([^}]*)\\}`, "g");
  for (const [, groups, fill] of text.matchAll(rule)) for (const group of groups.split(",")) fills.set(group.replace("#", ""), fill);
  return fills;
}

describe("the shapes file", () => {
  let text: string, file: string, sprite: WorldMapData["sprite"];
  beforeAll(() => ({ text, file, sprite } = worldMapSprite(map.geometry, map.jurisdictions, map.keyDates.map((key) => key.date))));

  test("holds every shape and dot once per size, in its place's colour slot's group, and is named by its content", () => {
    expect(sprite).toEqual(map.sprite);
    expect(sprite.href).toBe(`/map/${file}`);
    expect(file).toMatch(/^world-[0-9a-f]{16}\.svg$/);
    const drawnIn = (id: string, drawn: RegExp) => [...(text.match(new RegExp(`<g id="${id}">(.*?)</g>`))?.[1] ?? "").matchAll(drawn)].map((found) => found.slice(1).join(","));
    const slotOf = (place: { jurisdiction: string }) => map.slots[place.jurisdiction];
    for (const slot of new Set(Object.values(map.slots))) {
      const shapes = map.geometry.shapes.filter((shape) => slotOf(shape) === slot).map((shape) => shape.d);
      expect(drawnIn(`shapes-${slot}`, /<path d="([^"]+)"/g), `slot ${slot}`).toEqual(shapes);
      const dots = map.geometry.dots.filter((dot) => slotOf(dot) === slot).map((dot) => `${dot.x},${dot.y}`);
      for (const id of [`dots-${slot}`, `dots-small-${slot}`]) expect(drawnIn(id, /<circle cx="([^"]+)" cy="([^"]+)"/g), id).toEqual(dots);
    }
    expect(sprite.shapeSlots.length + sprite.dotSlots.length).toBeGreaterThan(map.jurisdictions.length);
    const otherSlots = map.jurisdictions.map((jurisdiction) => ({ ...jurisdiction, slot: (jurisdiction.slot + 1) % map.jurisdictions.length }));
    expect(worldMapSprite({ ...map.geometry }, otherSlots, map.keyDates.map((key) => key.date)).file).not.toBe(file);
  });

  test("names each shape, in the file's order, so the map on /region can tell which shape a tap is on", () => {
    // The file's shapes in order, as the browser reads them (readShapes), but by pattern.
    const drawnIn = (id: string) => [...text.match(new RegExp(`<g id="${id}">(.*?)</g>`))![1].matchAll(/<path d="([^"]+)"/g)].map((found) => found[1]);
    const shapes = sprite.shapeSlots.flatMap((slot) => drawnIn(`shapes-${slot}`));
    const shapeOf = new Map(map.geometry.shapes.map((shape) => [shape.code, shape.d]));
    expect(sprite.codes.map((code) => shapeOf.get(code))).toEqual(shapes);
    expect(new Set(sprite.codes)).toEqual(new Set(map.geometry.shapes.map((shape) => shape.code)));
  });

  test("styles nothing but itself drawn as an image for a key day, so a <use> copy of a group takes only the page's colours", () => {
    const style = text.match(/<style>(.*?)<\/style>/)![1];
    const rules = style.split("}").filter(Boolean);
    expect(rules.length).toBeGreaterThan(map.keyDates.length);
    for (const rule of rules) {
      const selectors = rule.split("{")[0].split(/,(?![^(]*\))/);
      for (const selector of selectors) expect(selector, rule).toMatch(/^(\[id[$^]=[a-z0-9-]+\])?:target~\*/);
    }
    expect(text).not.toMatch(/ style=| fill=/);
  });

  test("colours each key day's image as the checker answers for every place", () => {
    const fillOf: Record<string, string> = { "used-by-default": "var(--used)", excluded: "url(#left-out)", uncertain: "url(#not-known)" };
    for (const key of map.keyDates) {
      const fills = dayFills(text, key.date);
      for (const place of content.regions.places.values()) {
        const answer = regionStatus(place.code, key.date, content.regions);
        if (!answer.ok) throw new Error(`${place.code} on ${key.date}: ${answer.problem}`);
        const slot = map.slots[place.jurisdiction];
        const drawnAs = map.geometry.dots.some((dot) => dot.code === place.code) ? `dots-small-${slot}` : `shapes-${slot}`;
        expect(fills.get(drawnAs), `${place.code} on ${key.date}`).toBe(fillOf[answer.status]);
      }
    }
    const germany = `shapes-${map.slots[content.regions.places.get("DE")!.jurisdiction]}`;
    expect(dayFills(text, "2024-09-18").get(germany)).toBe("url(#left-out)");
    expect(dayFills(text, "2025-11-03").get(germany)).toBe("var(--used)");
  });
});
