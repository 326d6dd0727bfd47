import { expect, expectHydrated, test } from "./fixtures";
import { localePath, prefixedLocales } from "../../lib/i18n";
import { uiTextFor } from "../../lib/ui-text";

/** Starts recording layout shifts before the page's own scripts run. */
async function recordLayoutShifts(page: import("@playwright/test").Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

const layoutShifts = (page: import("@playwright/test").Page) => page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);

for (const width of [360, 1280]) {
  test(`at ${width} px nothing on the page moves when the controls come to life`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await recordLayoutShifts(page);
    for (const [path, control] of [
      ["/region", page.getByRole("combobox", { name: "Country or territory" })],
      ["/guide", page.locator("[data-suggested]")],
      ["/timeline", page.getByRole("radio", { name: "System" })],
      ["/region?on=2024-10-11", page.getByRole("slider", { name: /Day shown on the map/ })],
      ["/region/de", page.getByRole("button", { name: "Show that date" })],
      ["/region/de", page.getByRole("button", { name: "Remember this place on this device" })],
      ["/no-such-page", page.getByRole("combobox", { name: "Country or territory" })],
      ["/guide/desktop", page.getByRole("link", { name: "Next step" })],
      ["/guide/ios", page.getByRole("checkbox", { name: "I have done this step" })],
      ...prefixedLocales.flatMap((locale) => {
        const { region, guide } = uiTextFor(locale);
        return [
          [localePath(locale, "/region"), page.getByRole("combobox", { name: region.searchLabel, exact: true })],
          [localePath(locale, "/region/de"), page.getByRole("button", { name: region.showDate, exact: true })],
          [localePath(locale, "/guide/desktop"), page.getByRole("link", { name: guide.next, exact: true })],
          [localePath(locale, "/no-such-page"), page.getByRole("combobox", { name: region.searchLabel, exact: true })],
        ] as const;
      }),
    ] as const) {
      await page.goto(path);
      // Nothing moves when React hydrates the page.
      await expect(control, path).toBeVisible();
      await expectHydrated(control);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await layoutShifts(page), path).toEqual([]);
    }
  });
}

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("controls that need JavaScript are not shown", async ({ page }) => {
    await page.goto("/region/de");
    await expect(page.locator("[data-status]")).toBeVisible();
    await expect(page.getByLabel("Check another date")).toBeHidden();
    await expect(page.getByRole("button", { name: "Remember this place on this device" })).toBeHidden();
    await page.goto("/region");
    await expect(page.getByRole("link", { name: "Germany", exact: true })).toBeVisible();
    await expect(page.getByRole("combobox")).toBeHidden();
  });
});
