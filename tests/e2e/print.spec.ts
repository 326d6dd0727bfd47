import type { Page } from "@playwright/test";
import { readerStorageKeys, storedRecord } from "../../lib/reader-storage";
import { expect, test } from "./fixtures";

/** What a printout shows: the page fits the paper's width, and its text is dark on white. */
async function printedLayout(page: Page) {
  return page.evaluate(() => ({
    overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    text: getComputedStyle(document.body).color,
    paper: getComputedStyle(document.body).backgroundColor,
  }));
}

test("the story prints without navigation or footer, with the address of every outside link", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();

  const links = await page.locator("article a").evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute("href")!, after: getComputedStyle(a, "::after").content })),
  );
  const outside = links.filter((link) => link.href.startsWith("http"));
  expect(outside.length).toBeGreaterThan(0);
  for (const link of outside) expect(link.after).toBe(`" (${link.href})"`);
  // Citation numbers and links within the site print as they are.
  for (const link of links.filter((l) => l.href.startsWith("/"))) expect(link.after).toBe("none");

  expect(await printedLayout(page)).toEqual({ overflows: false, text: "rgb(0, 0, 0)", paper: "rgb(255, 255, 255)" });
});

test("the timeline prints every entry, without the filters, dark text on white even when the reader chose dark", async ({ page }) => {
  await page.goto("/timeline");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [readerStorageKeys.theme, JSON.stringify(storedRecord.theme("dark"))]);
  await page.emulateMedia({ media: "print" });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("dark");
  await expect(page.getByRole("navigation", { name: "Show events for" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  const entries = page.locator("main ol > li");
  expect(await entries.count()).toBeGreaterThan(10);
  for (const entry of await entries.all()) await expect(entry.getByRole("heading", { level: 2 })).toBeVisible();
  expect(await printedLayout(page)).toEqual({ overflows: false, text: "rgb(0, 0, 0)", paper: "rgb(255, 255, 255)" });

  // Back on screen, the reader's dark theme is still there.
  await page.emulateMedia({ media: "screen" });
  expect(await printedLayout(page)).not.toMatchObject({ paper: "rgb(255, 255, 255)" });
});
