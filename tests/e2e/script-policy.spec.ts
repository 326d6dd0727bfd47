import { expect as plainExpect, test as plainTest } from "@playwright/test";
import { expect, holdFrameworkScripts, test } from "./fixtures";
import { servers } from "./servers";

/**
 * Each page names its inline scripts by hash in its own policy, and the framework's scripts start
 * after the page has loaded: an inline script the build did not write is refused, the pages still
 * hydrate, and nothing the reader does before that is lost.
 */

for (const server of servers) {
  // Not under the console-error guard: the refused script is reported as a console error on purpose.
  plainTest(`${server.name}: an inline script injected into a page is refused, and the page's own scripts still run`, async ({ page }) => {
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.route(`${server.origin}/sources`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", '<script>document.documentElement.dataset.injected = "ran";</script></body>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${server.origin}/sources`);
    await plainExpect(page.getByRole("radio", { name: "Dark" })).toBeEnabled();
    plainExpect(await page.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
    plainExpect(consoleErrors.some((text) => text.includes("Content Security Policy")), consoleErrors.join("\n")).toBe(true);
    plainExpect(consoleErrors.length, consoleErrors.join("\n")).toBe(1);
  });
}

test("the framework's scripts are requested only after the page has loaded, and then hydrate it with no policy error", async ({ page }) => {
  await page.goto("/timeline");
  const group = page.getByRole("group", { name: "Colour theme" });
  await expect(group.getByRole("radio", { name: "Dark" })).toBeEnabled();
  await group.getByRole("radio", { name: "Dark" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const timing = await page.evaluate(() => ({
    loaded: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart,
    scripts: performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/_next/static/chunks/") && entry.name.endsWith(".js")).map((entry) => entry.startTime),
  }));
  expect(timing.scripts.length).toBeGreaterThan(0);
  for (const started of timing.scripts) expect(started).toBeGreaterThanOrEqual(timing.loaded);
});

test("what a reader types into the region picker before the page hydrates is kept", async ({ page }) => {
  // Hold the framework's scripts back until the reader has typed, as a slow connection would.
  const releaseScripts = await holdFrameworkScripts(page);
  await page.goto("/region");
  const picker = page.getByRole("combobox", { name: "Country or territory" });
  await picker.pressSequentially("Germ");
  await expect(picker).toHaveValue("Germ");
  releaseScripts();
  // Hydrated: the list of matches opens, and the typing goes on where it stopped.
  await expect(page.getByRole("option", { name: /Germany/ })).toBeVisible();
  await picker.pressSequentially("an");
  await expect(picker).toHaveValue("German");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/region\/de$/);
});
