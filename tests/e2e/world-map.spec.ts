import { readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { parse } from "yaml";
import { mapPalette } from "../../lib/map/map-colours";
import type { WorldGeometry } from "../../lib/map/world-geometry.server";
import { placeName } from "../../lib/place-names";
import { expect, holdFrameworkScripts, test, wcagTags } from "./fixtures";
import { nginxOrigin } from "./servers";
import { prefixedLocales } from "../../lib/i18n";

const regions = path.resolve(import.meta.dirname, "../../content/regions");
const { places } = parse(readFileSync(path.join(regions, "places.yaml"), "utf8")) as { places: { code: string; jurisdiction: string }[] };
const { jurisdictions } = parse(readFileSync(path.join(regions, "jurisdictions.yaml"), "utf8")) as { jurisdictions: { id: string }[] };

/**
 * The map is drawn from the shapes file, one <use> per colour slot: Germany is drawn by the <use> of
 * its jurisdiction's slot, which is the jurisdiction's place in the content.
 */
const germanySlot = jurisdictions.findIndex((jurisdiction) => jurisdiction.id === places.find((place) => place.code === "DE")?.jurisdiction);
const germanyShape = `svg[data-world-map] use.map-shape.map-s${germanySlot}`;

/** How Germany is drawn, and how the key draws each status: a reader compares the two. */
async function germanyLooksLike(page: Page, status: "used-by-default" | "excluded" | "uncertain") {
  const fillOf = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).fill);
  return (await fillOf(germanyShape)) === (await fillOf(`.map-swatch-${status}`));
}

/**
 * The module that draws the map, as the build runs it. It is server-only: here, as on Next's server
 * (and in global-setup.ts), `server-only` is an empty module.
 */
let mapModule: Promise<typeof import("../../lib/map/world-geometry.server")> | undefined;
function worldGeometryModule() {
  mapModule ??= (async () => {
    const serverOnly = createRequire(import.meta.url).resolve("server-only");
    const empty = new Module(serverOnly);
    empty.filename = serverOnly;
    empty.loaded = true;
    (Module as unknown as { _cache: Record<string, Module> })._cache[serverOnly] = empty;
    return import("../../lib/map/world-geometry.server");
  })();
  return mapModule;
}

/** Where the map draws each place's dot, as the build computes it. */
let geometry: WorldGeometry | undefined;
async function mapGeometry() {
  const { buildWorldGeometry } = await worldGeometryModule();
  return (geometry ??= buildWorldGeometry(new Map(places.map((place) => [place.code, place]))));
}

/** Where the map draws a longitude and latitude, in map units. */
async function projected(longitude: number, latitude: number): Promise<[number, number]> {
  const { worldProjection } = await worldGeometryModule();
  return worldProjection()([longitude, latitude])!;
}

/** Where on the screen a point of the map (in map units) is. */
async function onScreen(page: Page, [x, y]: readonly [number, number]): Promise<{ x: number; y: number }> {
  const map = page.locator("svg[data-world-map]");
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const scale = box.width / (await mapGeometry()).width;
  return { x: box.x + x * scale, y: box.y + y * scale };
}

/** Where on the screen a place's dot is drawn. */
async function dotOnScreen(page: Page, code: string) {
  const dot = (await mapGeometry()).dots.find((found) => found.code === code);
  expect(dot, `${code} is drawn as a dot`).toBeDefined();
  return onScreen(page, [dot!.x, dot!.y]);
}

/** What the map shows under it once tapped: the place picked, with its answer and links. */
const picked = (page: Page) => page.locator(".map-pick");

/** A place's name as the browser names it (its own Intl data, which may differ from the build's). */
const browserName = (page: Page, code: string, language = "en") =>
  page.evaluate(([code, language]) => new Intl.DisplayNames([language], { type: "region" }).of(code)!, [code, language] as const);

const slider = (page: Page) => page.getByRole("slider", { name: /Day shown on the map/ });
const summary = (page: Page) => page.locator(".map-summary-current");

test("keying the date control from 3 to 2 November 2025 and back shows Germany left out, then used by default", async ({ page }) => {
  await page.goto("/region");
  await expect(slider(page)).toBeEnabled();
  // A key date is one step away.
  await page.getByRole("link", { name: "3 November 2025", exact: true }).click();
  await expect(page).toHaveURL(/\/region\?on=2025-11-03$/);
  await expect(summary(page)).toHaveText(/^On 3 November 2025: left out in 0 places, used by default in \d+ places, not known in \d+ places?\.$/);
  expect(await germanyLooksLike(page, "used-by-default")).toBe(true);

  await slider(page).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/\/region\?on=2025-11-02$/);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "2 November 2025");
  await expect(summary(page)).toHaveText(/^On 2 November 2025: left out in [1-9]\d* places/);
  await expect.poll(() => germanyLooksLike(page, "excluded")).toBe(true);

  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/region\?on=2025-11-03$/);
  await expect.poll(() => germanyLooksLike(page, "used-by-default")).toBe(true);
});

test("dragging the date control recolours the map and keeps the day in the address", async ({ page }) => {
  await page.goto("/region?on=2025-11-03");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "3 November 2025");
  await slider(page).scrollIntoViewIfNeeded();
  const box = (await slider(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\/region\?on=2024-09-(18|19)$/);
  await expect.poll(() => germanyLooksLike(page, "excluded")).toBe(true);
});

test("a tap on the map before its script has run is answered once the script runs, with no second tap", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const release = await holdFrameworkScripts(page);
  await page.goto("/region");
  const luxembourg = await dotOnScreen(page, "LU");
  await page.mouse.click(luxembourg.x, luxembourg.y);
  await expect(picked(page).getByRole("link")).toHaveCount(0);
  release();
  await expect(picked(page).getByRole("link").first()).toHaveText(await browserName(page, "LU"));
});

test("clicking Germany names it with its answer that day, and its link opens its page for that day", async ({ page }) => {
  await page.goto("/region?on=2024-10-11");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "11 October 2024");
  // Berlin: nearer other places' tap points than Germany's, but in Germany's shape.
  const berlin = await onScreen(page, await projected(13.4, 52.52));
  await page.mouse.click(berlin.x, berlin.y);
  await expect(picked(page)).toContainText("Germany: Left out on 11 October 2024.");
  await picked(page).getByRole("link", { name: "Germany", exact: true }).click();
  await expect(page).toHaveURL(/\/region\/de\?on=2024-10-11$/);
  await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "excluded");
});

/** Places too small to tap on a drawing of the world, and two in the Caribbean's crowd (one island, two places). */
const smallPlaces = ["HK", "MO", "LU", "MT", "LI", "SX", "MF"];

for (const [width, height] of [
  [360, 780],
  [1280, 900],
] as const) {
  test.describe(`at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true });

    test("a tap on a small place's dot names it, with a link to its page for the day shown", async ({ page }) => {
      for (const [index, code] of smallPlaces.entries()) {
        // Every other place with a day chosen on the date control, the rest on today's map.
        const day = index % 2 === 0 ? "2024-10-11" : null;
        await page.goto(day ? `/region?on=${day}` : "/region");
        await expect(slider(page)).toBeEnabled();
        const dot = await dotOnScreen(page, code);
        await page.touchscreen.tap(dot.x, dot.y);
        const link = picked(page).getByRole("link").first();
        await expect(link, code).toHaveText(await browserName(page, code));
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/region/${code.toLowerCase()}${day ? `\\?on=${day}` : ""}$`));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(placeName(code, ["en"]));
      }
    });

    test("a tap near several places lists the others within a finger's reach", async ({ page }) => {
      await page.goto("/region");
      await expect(slider(page)).toBeEnabled();
      const luxembourg = await dotOnScreen(page, "LU");
      // A finger a few pixels off Luxembourg, towards Belgium.
      await page.touchscreen.tap(luxembourg.x - 3, luxembourg.y - 2);
      // The answer comes once the island has read the shapes file: wait for it before reading the links.
      await expect(picked(page).getByRole("link").first()).toBeVisible();
      const links = await picked(page).getByRole("link").allTextContents();
      expect(links.length).toBeGreaterThan(1);
      expect(links).toEqual(expect.arrayContaining([await browserName(page, "LU"), await browserName(page, "BE")]));
    });
  });
}

for (const locale of prefixedLocales) {
  test(`in ${locale}, a tap on Hong Kong names it in that language and links to its page in that language for the day shown`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/${locale}/region?on=2024-10-11`);
    await expect(page.locator("input[type=range]")).toBeEnabled();
    const hongKong = await dotOnScreen(page, "HK");
    await page.mouse.click(hongKong.x, hongKong.y);
    const link = picked(page).getByRole("link").first();
    await expect(link).toHaveText(await browserName(page, "HK", locale));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/region/hk\\?on=2024-10-11$`));
  });
}

test("what a tap shows under the map has no accessibility violations", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/region");
  await expect(slider(page)).toBeEnabled();
  const luxembourg = await dotOnScreen(page, "LU");
  await page.mouse.click(luxembourg.x, luxembourg.y);
  await expect(picked(page).getByRole("link").nth(1)).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
});

test("the map is no trap for the keyboard: a few tab stops, the slider and the key dates", async ({ page }) => {
  await page.goto("/region");
  await expect(slider(page)).toBeEnabled();
  const tabStops = await page.locator("section[aria-labelledby='map-heading']").evaluate(
    (section) => [...section.querySelectorAll<HTMLElement>("a[href], input, button")].filter((element) => element.tabIndex >= 0 && !element.hasAttribute("disabled")).length,
  );
  expect(tabStops).toBeLessThanOrEqual(10);
  // The map itself is no tab stop, and a tap on it is not a keyboard's way anywhere.
  expect(await page.locator("svg[data-world-map] a, svg[data-world-map] [tabindex]").count()).toBe(0);
});

test("the map prints within the page, without the date control", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/region");
  await expect(page.locator("svg[data-world-map]")).toBeVisible();
  await expect(slider(page)).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
});

test.describe("with JavaScript disabled, from the static export", () => {
  test.use({ javaScriptEnabled: false, baseURL: nginxOrigin });

  test("a key date's link shows the map and summary for that day", async ({ page }) => {
    await page.goto("/region");
    await expect(summary(page)).toBeVisible();
    await expect(slider(page)).toBeHidden();
    await expect(page.locator(germanyShape)).toHaveCount(1);
    expect(await germanyLooksLike(page, "used-by-default")).toBe(true);

    await page.getByRole("link", { name: "18 September 2024", exact: true }).click();
    await expect(page).toHaveURL(/\/region\?on=2024-09-18#on-2024-09-18$/);
    await expect(page.locator("#on-2024-09-18")).toBeVisible();
    await expect(page.locator("#on-2024-09-18")).toHaveText(/^On 18 September 2024: left out in [1-9]\d* places/);
    await expect(summary(page)).toBeHidden();
    expect(await germanyLooksLike(page, "excluded")).toBe(true);
    // Without JavaScript the map names nothing: the hint to tap it is not shown.
    await expect(page.getByText("Tap or click anywhere on the map")).toBeHidden();

    await page.getByRole("link", { name: "3 November 2025", exact: true }).click();
    await expect(page.locator("#on-2025-11-03")).toBeVisible();
    expect(await germanyLooksLike(page, "used-by-default")).toBe(true);
  });

  test("the story's strip shows every key date's map", async ({ page }) => {
    await page.goto("/");
    const maps = page.getByRole("figure").filter({ hasText: "The map on the days it changed" }).locator("img:visible");
    expect(await maps.count()).toBeGreaterThan(4);
    for (const map of await maps.all()) {
      await map.scrollIntoViewIfNeeded();
      await expect.poll(() => map.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
    }
  });
});

test("the story's strip shows each key date's map, linked to the timeline", async ({ page }) => {
  // Where Germany is, in map units.
  const [x, y] = await projected(10.4, 51.1);
  const germany = { x, y };

  await page.goto("/");
  const strip = page.getByRole("figure").filter({ hasText: "The map on the days it changed" });
  const maps = strip.getByRole("listitem").locator("img:visible");
  await expect(maps).toHaveCount(await strip.getByRole("listitem").count());
  // Every map is the one shapes file, each showing its own day.
  const sources = await maps.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).getAttribute("src")!));
  expect(new Set(sources.map((source) => source.split("#")[0])).size).toBe(1);
  expect(sources.map((source) => source.split("#")[1])).toEqual(expect.arrayContaining(["on-2024-09-18", "on-2025-11-03"]));
  expect((await page.request.get(sources[0].split("#")[0])).headers()["content-type"]).toContain("image/svg+xml");

  // What a reader sees at Germany on the first day and on the last: left out, then used by default.
  // (A screenshot, because a canvas draws an SVG image without its #fragment's :target.)
  const coloursAtGermany = async (day: string) => {
    const image = strip.locator(`img[src$="#on-${day}"]`);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
    const shot = (await image.screenshot()).toString("base64");
    return page.evaluate(
      async ({ shot, point, width }) => {
        const picture = new Image();
        picture.src = `data:image/png;base64,${shot}`;
        await picture.decode();
        const canvas = document.createElement("canvas");
        [canvas.width, canvas.height] = [picture.naturalWidth, picture.naturalHeight];
        const context = canvas.getContext("2d")!;
        context.drawImage(picture, 0, 0);
        const scale = picture.naturalWidth / width;
        const pixels = context.getImageData(Math.round(point.x * scale) - 2, Math.round(point.y * scale) - 2, 5, 5).data;
        const colours: [number, number, number][] = [];
        for (let index = 0; index < pixels.length; index += 4) colours.push([pixels[index], pixels[index + 1], pixels[index + 2]]);
        return colours;
      },
      // The image is drawn at its width attribute, the map's width in map units, scaled to fit.
      { shot, point: germany, width: Number(await image.getAttribute("width")) },
    );
  };
  const share = (colours: [number, number, number][], hex: string) => {
    const target = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
    return colours.filter((colour) => colour.every((channel, index) => Math.abs(channel - target[index]) < 48)).length / colours.length;
  };
  const before = await coloursAtGermany("2024-09-18");
  expect(share(before, mapPalette.light.leftOut)).toBeGreaterThan(0.3);
  expect(share(before, mapPalette.light.used)).toBe(0);
  const after = await coloursAtGermany("2025-11-03");
  expect(share(after, mapPalette.light.used)).toBeGreaterThan(0.6);
  expect(share(after, mapPalette.light.leftOut)).toBe(0);

  await strip.getByRole("link", { name: /^11 October 2024:/ }).click();
  await expect(page).toHaveURL(/\/timeline#hong-kong-pause$/);
});

test("in dark, the story's strip shows the same file in its dark colours", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const strip = page.getByRole("figure").filter({ hasText: "The map on the days it changed" });
  const sources = await strip.locator("img:visible").evaluateAll((images) => images.map((image) => image.getAttribute("src")!.split("#")[1]));
  expect(sources.length).toBeGreaterThan(4);
  for (const source of sources) expect(source).toMatch(/^on-\d{4}-\d{2}-\d{2}-dark$/);
});
