import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readerStorageKeys, storedRecord } from "../../lib/reader-storage";
import { expect, test, wcagTags } from "./fixtures";

const themeKey = readerStorageKeys.theme;
const saved = (theme: "light" | "dark") => JSON.stringify(storedRecord.theme(theme));

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The body's background as the device's own light or dark setting shows it, with no choice saved. */
async function systemBackgrounds(page: Page) {
  await page.goto("/sources");
  await page.emulateMedia({ colorScheme: "light" });
  const light = await background(page);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await background(page);
  expect(light).not.toBe(dark);
  return { light, dark };
}

test("the theme control works by keyboard, and the choice survives a reload without a flash", async ({ page }) => {
  const colours = await systemBackgrounds(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/timeline");

  const group = page.getByRole("group", { name: "Colour theme" });
  await expect(group.getByRole("radio", { name: "System" })).toBeEnabled();
  await expect(group.getByRole("radio", { name: "System" })).toBeChecked();
  // Reach it with Tab from the link before it, then choose with the arrow keys.
  await page.getByRole("contentinfo").getByRole("link", { name: "About this site, corrections and open data" }).focus();
  await page.keyboard.press("Tab");
  await expect(group.getByRole("radio", { name: "System" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(group.getByRole("radio", { name: "Light" })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(group.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(group.getByRole("radio", { name: "System" })).not.toBeChecked();
  expect(await background(page)).toBe(colours.dark);

  // On reload, record the theme the moment <body> exists: before anything of the page is painted.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const w = window as unknown as { firstBody: { theme: string | null; background: string } };
      w.firstBody = { theme: document.documentElement.getAttribute("data-theme"), background: getComputedStyle(document.body).backgroundColor };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  const firstBody = await page.evaluate(() => (window as unknown as { firstBody: { theme: string | null; background: string } }).firstBody);
  expect(firstBody).toEqual({ theme: "dark", background: colours.dark });
  await expect(page.getByRole("group", { name: "Colour theme" }).getByRole("radio", { name: "Dark" })).toBeChecked();

  // Back to System: the choice is forgotten and the device's setting rules again.
  await page.getByRole("radio", { name: "System" }).check();
  expect(await page.evaluate((key) => localStorage.getItem(key), themeKey)).toBeNull();
  expect(await background(page)).toBe(colours.light);
});

test("the saved theme is applied by the page's first script, before the site's JavaScript loads", async ({ page }) => {
  const colours = await systemBackgrounds(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [themeKey, saved("light")]);
  // Serve the site's scripts empty: only what is inline in the HTML runs.
  await page.route("**/_next/static/**/*.js", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
  await page.goto("/");
  expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("light");
  expect(await background(page)).toBe(colours.light);
});

test("a saved value that is not a theme is ignored and cleared", async ({ page }) => {
  const colours = await systemBackgrounds(page);
  await page.emulateMedia({ colorScheme: "dark" });
  for (const bad of ["not json", JSON.stringify({ ...storedRecord.theme("light"), version: 99 }), JSON.stringify({ ...storedRecord.theme("light"), theme: "sepia" })]) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [themeKey, bad]);
    await page.reload();
    expect(await background(page)).toBe(colours.dark);
    await expect(page.getByRole("radio", { name: "System" })).toBeChecked();
    // Cleared when the theme control's script reads it, which runs after the first paint.
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), themeKey)).toBeNull();
  }
});

test("a choice made in one tab is followed in another", async ({ page, context }) => {
  const colours = await systemBackgrounds(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const other = await context.newPage();
  await other.emulateMedia({ colorScheme: "light" });
  await other.goto("/sources");
  await page.getByRole("radio", { name: "Dark" }).check();
  await expect(other.getByRole("radio", { name: "Dark" })).toBeChecked();
  expect(await background(other)).toBe(colours.dark);
  await other.close();
});

test("pages chosen dark on a light device have no WCAG 2.2 A/AA violations", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [themeKey, saved("dark")]);
  for (const path of ["/", "/timeline", "/sources", "/about", "/region", "/region/de"]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("dark");
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  }
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the site follows the device's setting, and the theme control works for the page in view", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/timeline");
    const dark = await background(page);
    await page.emulateMedia({ colorScheme: "light" });
    const light = await background(page);
    expect(light).not.toBe(dark);
    const group = page.getByRole("group", { name: "Colour theme" });
    await group.getByRole("radio", { name: "Dark" }).check();
    expect(await background(page)).toBe(dark);
    await group.getByRole("radio", { name: "Light" }).check();
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await background(page)).toBe(light);
    await group.getByRole("radio", { name: "System" }).check();
    expect(await background(page)).toBe(dark);
  });
});
