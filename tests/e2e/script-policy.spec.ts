import { expect as plainExpect, test as plainTest, type Page } from "@playwright/test";
import { expect, holdFrameworkScripts, test } from "./fixtures";
import { siteContent } from "./content";
import { servers } from "./servers";

/**
 * Each page names its inline scripts by hash in its own policy, and the framework's scripts start at
 * the reader's first interaction (or after the first paint when the address asks for them): an inline
 * script the build did not write is refused, the pages still hydrate, and nothing the reader does
 * before that is lost.
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
    // The page's own scripts run (the framework starts by itself once the page is idle) and hydrate it.
    await page.waitForFunction(() => Object.keys(document.querySelector('input[name="theme"]') ?? {}).some((key) => key.startsWith("__reactProps$")));
    plainExpect(await page.evaluate(() => document.documentElement.dataset.injected)).toBeUndefined();
    plainExpect(consoleErrors.some((text) => text.includes("Content Security Policy")), consoleErrors.join("\n")).toBe(true);
    plainExpect(consoleErrors.length, consoleErrors.join("\n")).toBe(1);
  });
}

const frameworkRequests = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((entry) => entry.name.includes("/_next/static/") && entry.name.endsWith(".js"))
      .map((entry) => ({ name: new URL(entry.name).pathname, started: entry.startTime })),
  );

test.describe("before the reader does anything", () => {
  test("no script loads before the first paint; with no reader event at all the framework starts once the page is idle and hydrates it, with no policy error", async ({ page }) => {
    await page.goto("/timeline");
    const paint = await page.evaluate(() => new Promise<number>((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: "paint", buffered: true });
    }));
    const dark = page.getByRole("group", { name: "Colour theme" }).getByRole("radio", { name: "Dark" });
    // No pointer, no key, no scroll: the theme's buttons come alive on their own, within seconds.
    await page.waitForFunction(() => Object.keys(document.querySelector('input[name="theme"]') ?? {}).some((key) => key.startsWith("__reactProps$")), undefined, { timeout: 5_000 });
    const live = await page.evaluate(() => performance.now());
    const loaded = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart);
    const requests = await frameworkRequests(page);
    expect(requests.some((request) => request.name.startsWith("/_next/static/flight/"))).toBe(true);
    expect(requests.some((request) => request.name.startsWith("/_next/static/chunks/"))).toBe(true);
    for (const request of requests) expect(request.started).toBeGreaterThanOrEqual(loaded);
    expect(paint).toBeLessThan(live);
    await dark.check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });

  test("before its framework, a page asks for its document, its stylesheet and the map's shapes and colours when a map is near, nothing more; its icon travels inside it", async ({ page }) => {
    for (const path of ["/region", "/", "/ja/guide/desktop"]) {
      const requested: string[] = [];
      const listener = (request: { url(): string }) => requested.push(new URL(request.url()).pathname);
      page.on("request", listener);
      await page.goto(path);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
      page.off("request", listener);
      // The framework itself (its payload first) follows once the page is idle: it and what comes after it are not counted here.
      const framework = requested.findIndex((address) => address.startsWith("/_next/static/flight/"));
      const kindOf = (address: string) =>
        address === path ? "page"
        : /^\/map-styles\/slots-[0-9a-f]{16}\.css$/.test(address) ? "map colours"
        : address.endsWith(".css") ? "stylesheet"
        : /^\/map\/world-[0-9a-f]{16}\.svg$/.test(address) ? "map"
        : address;
      const kinds = (framework === -1 ? requested : requested.slice(0, framework)).map(kindOf);
      // The story's small maps are far below its first screen: lazy images, fetched as the reader nears them.
      expect(kinds.sort(), path).toEqual(path === "/region" ? ["map", "map colours", "page", "stylesheet"] : ["page", "stylesheet"]);
      const icon = await page.locator('link[rel="icon"]').getAttribute("href");
      expect(icon).toMatch(/^data:image\/svg\+xml,/);
      const drawn = await page.evaluate((href) => new Promise<number>((resolve) => {
        const image = new Image();
        image.onload = () => resolve(image.naturalWidth);
        image.onerror = () => resolve(0);
        image.src = href;
      }), icon!);
      expect(drawn, `${path}: the icon draws`).toBeGreaterThan(0);
    }
    const mapRequests: string[] = [];
    page.on("request", (request) => new URL(request.url()).pathname.startsWith("/map/") && mapRequests.push(request.url()));
    await page.goto("/");
    await page.getByRole("figure").filter({ hasText: "The map on the days it changed" }).locator("img:visible").last().scrollIntoViewIfNeeded();
    await expect.poll(() => mapRequests.length).toBe(1);
  });

  test("an address that asks for a date starts the scripts after the first paint, with no interaction", async ({ page }) => {
    await page.goto("/region/de?on=2024-10-01");
    await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "excluded");
    const loaded = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart);
    for (const request of await frameworkRequests(page)) expect(request.started).toBeGreaterThanOrEqual(loaded);
  });

  test("a returning reader's progress shows with no interaction", async ({ page }) => {
    const total = siteContent().guide.find((guide) => guide.platform === "desktop")!.stepTitles.length;
    await page.goto("/guide/desktop");
    const done = page.getByRole("checkbox", { name: "I have done this step" });
    await done.click();
    await expect(done).toBeChecked();
    // Saved once the page says so (a click before the script ran is carried out when it has).
    await expect(page.locator("[data-progress]")).toContainText(`1 of ${total} done.`);
    await page.goto("/guide/desktop");
    await expect(page.locator("[data-progress]")).toContainText(`Step 2 of ${total}. 1 of ${total} done.`);
  });
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
