import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { parse } from "yaml";
import { mapPalette } from "../../lib/map/map-colours";
import { expect, test } from "./fixtures";
import { nginxOrigin } from "./servers";
import { prefixedLocales } from "../../lib/i18n";

const germanyShape = "svg[data-world-map] :is(a[href='/region/de'], a[href^='/region/de?']) path";

/**
 * Without JavaScript the map is drawn from the shapes file, one <use> per colour slot: Germany is
 * drawn by the <use> of its jurisdiction's slot, which is the jurisdiction's place in the content.
 */
async function germanyInThePicture(page: Page): Promise<string> {
  const regions = path.resolve(import.meta.dirname, "../../content/regions");
  const { places } = parse(readFileSync(path.join(regions, "places.yaml"), "utf8")) as { places: { code: string; jurisdiction: string }[] };
  const { jurisdictions } = parse(readFileSync(path.join(regions, "jurisdictions.yaml"), "utf8")) as { jurisdictions: { id: string }[] };
  const slot = jurisdictions.findIndex((jurisdiction) => jurisdiction.id === places.find((place) => place.code === "DE")?.jurisdiction);
  expect(slot, "Germany's jurisdiction").toBeGreaterThanOrEqual(0);
  await expect(page.locator(`svg[data-world-map] use.map-shape.map-s${slot}`)).toHaveCount(1);
  return `svg[data-world-map] use.map-shape.map-s${slot}`;
}

/** How Germany is drawn, and how the key draws each status: a reader compares the two. */
async function germanyLooksLike(page: Page, status: "used-by-default" | "excluded" | "uncertain", germany = germanyShape) {
  const fillOf = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).fill);
  return (await fillOf(germany)) === (await fillOf(`.map-swatch-${status}`));
}

/** How a small place's tap target under the map is coloured, against the key. */
async function smallPlaceLooksLike(page: Page, code: string, status: "used-by-default" | "excluded" | "uncertain") {
  const fillOf = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).fill);
  return (await fillOf(`.map-small-places a[href='/region/${code.toLowerCase()}'] circle`)) === (await fillOf(`.map-swatch-${status}`));
}

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

test("tapping a place opens its page for the day shown", async ({ page }) => {
  await page.goto("/region?on=2024-10-11");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "11 October 2024");
  // In the north of Germany, clear of the small places' dots.
  const germany = page.locator(germanyShape);
  const box = (await germany.boundingBox())!;
  await germany.click({ position: { x: box.width * 0.45, y: box.height * 0.25 } });
  await expect(page).toHaveURL(/\/region\/de\?on=2024-10-11$/);
  await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "excluded");
});

/** Places too small to tap on the world map: Europe's smallest, Hong Kong, and two island territories. */
const smallPlaces = ["HK", "LU", "LI", "MT", "MC", "KY", "BM"];
const smallPlaceTarget = (page: Page, code: string) => page.locator(`.map-small-places a[href^='/region/${code.toLowerCase()}']`);

for (const width of [360, 1280]) {
  test.describe(`the small places at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true });

    test("each has a tap target of at least 24 × 24 px that no other target covers", async ({ page }) => {
      await page.goto("/region");
      for (const code of smallPlaces) {
        const target = smallPlaceTarget(page, code);
        await target.scrollIntoViewIfNeeded();
        const box = (await target.boundingBox())!;
        expect(box.width, `${code}'s width`).toBeGreaterThanOrEqual(24);
        expect(box.height, `${code}'s height`).toBeGreaterThanOrEqual(24);
        // What a finger at each corner of the 24 px square at the target's centre would hit.
        const hits = await page.evaluate(
          ({ x, y }) =>
            [-11, 11].flatMap((dx) => [-11, 11].map((dy) => document.elementFromPoint(x + dx, y + dy)?.closest("a")?.getAttribute("href") ?? null)),
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        );
        expect(hits, code).toEqual(Array(4).fill(`/region/${code.toLowerCase()}`));
      }
    });

    test("tapping one opens its page, for the day chosen", async ({ page }) => {
      for (const [index, code] of smallPlaces.entries()) {
        // Every other place with a day chosen on the date control, the rest on today's map.
        const day = index % 2 === 0 ? "2024-10-11" : null;
        await page.goto(day ? `/region?on=${day}` : "/region");
        await expect(slider(page)).toBeEnabled();
        const target = smallPlaceTarget(page, code);
        await target.scrollIntoViewIfNeeded();
        const box = (await target.boundingBox())!;
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
        await expect(page).toHaveURL(new RegExp(`/region/${code.toLowerCase()}${day ? `\\?on=${day}` : ""}$`));
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      }
    });
  });
}

for (const locale of prefixedLocales) {
  test(`in ${locale}, a small place's target opens its page in that language for the day shown`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${locale}/region?on=2024-10-11`);
    await expect(page.locator("input[type=range]")).toBeEnabled();
    const hongKong = page.locator(`.map-small-places a[href^='/${locale}/region/hk']`);
    await hongKong.scrollIntoViewIfNeeded();
    await hongKong.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/region/hk\\?on=2024-10-11$`));
  });
}

test("the map is no trap for the keyboard: a few tab stops, the slider and the key dates", async ({ page }) => {
  await page.goto("/region");
  await expect(slider(page)).toBeEnabled();
  const tabStops = await page.locator("section[aria-labelledby='map-heading']").evaluate(
    (section) => [...section.querySelectorAll<HTMLElement>("a[href], input, button")].filter((element) => element.tabIndex >= 0 && !element.hasAttribute("disabled")).length,
  );
  expect(tabStops).toBeLessThanOrEqual(10);
  expect(await page.locator("svg[data-world-map] a").count()).toBeGreaterThan(200);
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
    const germany = await germanyInThePicture(page);
    expect(await germanyLooksLike(page, "used-by-default", germany)).toBe(true);

    await page.getByRole("link", { name: "18 September 2024", exact: true }).click();
    await expect(page).toHaveURL(/\/region\?on=2024-09-18#on-2024-09-18$/);
    await expect(page.locator("#on-2024-09-18")).toBeVisible();
    await expect(page.locator("#on-2024-09-18")).toHaveText(/^On 18 September 2024: left out in [1-9]\d* places/);
    await expect(summary(page)).toBeHidden();
    expect(await germanyLooksLike(page, "excluded", germany)).toBe(true);
    // Luxembourg's tap target under the map takes the day's colours too.
    expect(await smallPlaceLooksLike(page, "LU", "excluded")).toBe(true);

    await page.getByRole("link", { name: "3 November 2025", exact: true }).click();
    await expect(page.locator("#on-2025-11-03")).toBeVisible();
    expect(await germanyLooksLike(page, "used-by-default", germany)).toBe(true);
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
  // Where Germany is, in map units: the map on /region draws it as a link once its script runs.
  await page.goto("/region");
  await expect(page.locator(germanyShape)).toHaveCount(1);
  const germany = await page.locator(germanyShape).evaluate((shape) => {
    const box = (shape as SVGGraphicsElement).getBBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });

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
