import AxeBuilder from "@axe-core/playwright";
import { crawlSite, expect, internalLinks, test } from "./fixtures";

test("every internal link on every page answers 200", async ({ page, request }) => {
  await page.goto("/");
  const pages = await crawlSite(page);
  expect(pages).toEqual(expect.arrayContaining(["/", "/sources", "/timeline", "/timeline/uk"]));
  const checked = new Set<string>();
  for (const path of pages) {
    await page.goto(path);
    for (const link of await internalLinks(page)) {
      if (checked.has(link)) continue;
      checked.add(link);
      const response = await request.get(link);
      expect(response.status(), `${link} (linked from ${path})`).toBe(200);
    }
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`every page has no WCAG 2.2 A/AA violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    const pages = [...(await crawlSite(page)), "/no-such-page"];
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
