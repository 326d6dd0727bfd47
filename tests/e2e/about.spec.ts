import { siteContent } from "./content";
import { expect, test } from "./fixtures";

test("/about says how the site was researched, what it does not do, how to report a mistake, and offers the data", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this site");
  for (const name of ["How it was researched", "What the confidence marks mean", "What this site does not do", "How to report a mistake", "Corrections", "Open data"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  const main = page.getByRole("main");
  await expect(main).toContainText("(C1)");
  await expect(main).toContainText("(C2)");
  await expect(main).toContainText("marked R");
  await expect(main).toContainText("no cookies");
  const footerReport = await page.getByRole("contentinfo").getByRole("link", { name: "Report a mistake" }).getAttribute("href");
  await expect(main.getByRole("link", { name: "Report a mistake" })).toHaveAttribute("href", footerReport!);
  for (const file of ["timeline.json", "regions.json"]) {
    const response = await page.request.get((await main.getByRole("link", { name: `Download ${file}` }).getAttribute("href"))!);
    expect(response.headers()["content-type"]).toContain("application/json");
  }
});

test("the corrections log lists every correction, newest first, dated, with links that land on what was corrected", async ({ page }) => {
  const { corrections } = siteContent();
  await page.goto("/about");
  const items = page.locator("section[aria-labelledby='corrections'] > ol > li");
  await expect(items).toHaveCount(corrections.length);
  const dates = await items.locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  expect(dates).toEqual(corrections.map((c) => c.date));
  expect(dates).toEqual([...dates].sort().reverse());
  for (const correction of corrections) {
    const item = page.locator(`li[id="${correction.id}"]`);
    await expect(item.getByRole("heading", { level: 3 })).toHaveText(correction.title);
    const hrefs = await item.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(correction.pages);
  }
  // Following each link to an anchor lands on what was corrected.
  for (const href of new Set(corrections.flatMap((c) => c.pages).filter((p) => p.includes("#")))) {
    await page.goto("/about");
    await page.locator(`section[aria-labelledby='corrections'] a[href="${href}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
  }
});
