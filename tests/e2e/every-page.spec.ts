import AxeBuilder from "@axe-core/playwright";
import { crawlSite, expect, test } from "./fixtures";
import { oneRegionPagePerJurisdiction } from "./region-content";

test("every internal link on every page answers 200", async ({ request }) => {
  const { pages, links } = await crawlSite(request);
  expect(pages).toEqual(expect.arrayContaining(["/", "/sources", "/timeline", "/timeline/uk", "/region", "/region/de", "/region/xk"]));
  expect(pages.filter((path) => path.startsWith("/region/"))).toHaveLength(250);
  const broken = [...links].filter(([, link]) => link.status !== 200).map(([path, link]) => `${path} (${link.status}, linked from ${link.from})`);
  expect(broken).toEqual([]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`every page has no WCAG 2.2 A/AA violations in ${colorScheme} mode`, async ({ page, request }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    // Region pages share one template; one per jurisdiction covers every variation of their content.
    const crawled = (await crawlSite(request)).pages.filter((path) => !path.startsWith("/region/"));
    const pages = [...crawled, ...oneRegionPagePerJurisdiction(), "/region/gb?on=2024-09-19", "/region/zz", "/no-such-page"];
    for (const path of pages) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      const summary = results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
      expect(summary).toEqual([]);
    }
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
