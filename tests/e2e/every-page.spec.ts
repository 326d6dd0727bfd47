import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { defaultLocale, locales, splitLocalePath } from "../../lib/i18n";
import { siteContent } from "./content";
import { crawlSite, expect, test, wcagTags } from "./fixtures";
import { everyRoute, everyTemplate, regionPages, shards } from "./site-pages";

test("every internal link on every page answers 200", async ({ request }) => {
  const { pages, links } = await crawlSite(request);
  expect(pages).toEqual(expect.arrayContaining(["/", "/sources", "/timeline", "/timeline/uk", "/region", "/region/de", "/region/xk"]));
  expect(pages.filter((path) => path.startsWith("/region/"))).toHaveLength(siteContent().places.length);
  // Every built page can be reached by following links.
  expect(pages).toEqual(everyRoute);
  const broken = [...links].filter(([, link]) => link.status !== 200).map(([path, link]) => `${path} (${link.status}, linked from ${link.from})`);
  expect(broken).toEqual([]);
});

async function axeViolations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
}

// One test per language and combination, so that each language's pages add a test of their own (run
// in parallel) rather than lengthening four tests towards their time limit. The wide layout is checked
// in English only: another language changes the words, not which parts a wide screen shows, and the
// phone width (where long words crowd) is checked in every language.
for (const locale of locales) {
  const templates = everyTemplate.filter((path) => splitLocalePath(path).locale === locale);
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of locale === defaultLocale ? [360, 1280] : [360]) {
      test(`every kind of page in ${locale} has no WCAG 2.2 A/AA violations in ${colorScheme} mode at ${width} px`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        const violations: string[] = [];
        for (const path of templates) violations.push(...(await axeViolations(page, path)));
        expect(violations).toEqual([]);
      });
    }
  }
}

// Region pages share one template, covered above in all four combinations (one per jurisdiction, in
// each language); each English region page is still checked once. The other languages' ones differ
// from them only in their words, checked per jurisdiction above, so they are not checked again each.
const regionShards = shards(
  regionPages.filter((path) => splitLocalePath(path).locale === defaultLocale),
  8,
);
for (const [index, pages] of regionShards.entries()) {
  test(`region pages ${index + 1}/${regionShards.length} (${pages[0]} to ${pages.at(-1)}) have no WCAG 2.2 A/AA violations at 360 px`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 360, height: 800 });
    const violations: string[] = [];
    for (const path of pages) violations.push(...(await axeViolations(page, path)));
    expect(violations).toEqual([]);
  });
}

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the pages read correctly", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.locator("article sup a[href^='/sources#']").count()).toBeGreaterThan(10);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/\/timeline$/);
    await expect(page.getByRole("status")).toHaveText(/^Showing all \d+ events\.$/);
    await page.getByRole("link", { name: "Hong Kong", exact: true }).click();
    await expect(page).toHaveURL(/\/timeline\/hong-kong$/);
    expect(await page.locator("main ol > li").count()).toBeGreaterThan(0);
    await page.goto("/sources");
    expect(await page.locator("main ol > li").count()).toBeGreaterThan(10);
  });
});
