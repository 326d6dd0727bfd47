import AxeBuilder from "@axe-core/playwright";
import { readerStorageKeys, storedRecord } from "../../lib/reader-storage";
import { expect, test, wcagTags } from "./fixtures";

const verdict = (page: import("@playwright/test").Page) => page.locator("[data-status]");
const firstWord = { "used-by-default": "Yes.", excluded: "No.", uncertain: "Not known." } as const;

test("from the story to a verdict by keyboard alone, the page never moving focus by itself", async ({ page }) => {
  await page.goto("/");
  // Follow the navigation link; skip to the content; Tab to the picker; type; Enter.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Does it apply to me?" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/region$/);
  const combobox = page.getByRole("combobox", { name: "Country or territory" });
  await expect(combobox).not.toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  for (let presses = 0; presses < 12 && !(await combobox.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press("Tab");
  await expect(combobox).toBeFocused();
  await page.keyboard.type("German");
  await expect(page.getByRole("option", { name: /Germany/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/region\/de$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Germany");
  await expect(verdict(page)).toHaveAttribute("data-status", /^(used-by-default|excluded|uncertain)$/);
});

test("the picker filters as the reader types and is driven by the arrow keys", async ({ page }) => {
  await page.goto("/region");
  const combobox = page.getByRole("combobox", { name: "Country or territory" });
  await combobox.fill("kong");
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("option")).toHaveCount(1);
  await expect(page.getByRole("option").first()).toContainText("Hong Kong");
  await combobox.fill("island");
  const count = await page.getByRole("option").count();
  expect(count).toBeGreaterThan(3);
  // The first match is selected as the reader types; the arrows move the selection.
  await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await combobox.press("ArrowDown");
  const second = page.getByRole("option").nth(1);
  await expect(second).toHaveAttribute("aria-selected", "true");
  await expect(combobox).toHaveAttribute("aria-activedescendant", (await second.getAttribute("id"))!);
  await combobox.press("ArrowUp");
  await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await combobox.press("Escape");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await combobox.fill("zzzz");
  await expect(page.getByText("No place matches.")).toBeAttached();
});

test.describe("names in the reader's language", () => {
  test.use({ locale: "de-DE" });

  test("the picker names places in German and suggests Germany from the browser's settings", async ({ page }) => {
    await page.goto("/region");
    await expect(page.getByText("From your browser's language settings:")).toBeVisible();
    await expect(page.getByRole("link", { name: "Deutschland" })).toHaveAttribute("href", "/region/de");
    await page.getByRole("combobox").fill("Schweiz");
    await expect(page.getByRole("option").first()).toContainText("Schweiz");
    await expect(page.getByRole("option").first()).toContainText("Switzerland");
  });
});

// A few representative answers, in the browser: the full table of dates and places is checked
// against lib/region-rules in tests/unit/region-rules.test.ts.
const cases: [string, string, string, keyof typeof firstWord][] = [
  // place, code, date, status
  ["an EU member", "de", "2024-09-18", "excluded"],
  ["an EU member", "de", "2026-01-10", "used-by-default"],
  ["the UK before 20 September 2024", "gb", "2024-09-19", "uncertain"],
  ["the UK from 20 September 2024", "gb", "2024-09-20", "excluded"],
  ["a territory (Jersey)", "je", "2025-03-01", "uncertain"],
  ["Canada between mid-October and 10 December 2024", "ca", "2024-11-15", "uncertain"],
];

for (const [label, code, date, status] of cases) {
  test(`${label} on ${date}: ${status}`, async ({ page }) => {
    await page.goto(`/region/${code}?on=${date}`);
    await expect(verdict(page)).toHaveAttribute("data-status", status);
    await expect(verdict(page)).toContainText(firstWord[status]);
    await expect(verdict(page)).toContainText(`On ${Number(date.slice(8))} `);
    await expect(page.locator("[data-notice]")).toHaveCount(0);
  });
}

test("the date control writes the date into the address and the verdict follows, announced", async ({ page }) => {
  await page.goto("/region/gb");
  await expect(verdict(page)).toContainText("As of ");
  await expect(page.locator("[aria-live='polite']").filter({ has: verdict(page) })).toHaveAttribute("aria-atomic", "true");
  await page.getByLabel("Check another date").fill("2024-10-01");
  await page.getByRole("button", { name: "Show that date" }).click();
  await expect(page).toHaveURL(/\/region\/gb\?on=2024-10-01$/);
  await expect(verdict(page)).toHaveAttribute("data-status", "excluded");
  await expect(verdict(page)).toContainText("On 1 October 2024");
  await expect(page.locator("li").filter({ hasText: "The date you chose" })).toContainText("20 September 2024 to 2 November 2025");
  await page.goBack();
  await expect(page).toHaveURL(/\/region\/gb$/);
  await expect(verdict(page)).toContainText("As of ");
  await page.goForward();
  await page.getByRole("button", { name: "Back to today" }).click();
  await expect(page).toHaveURL(/\/region\/gb$/);
});

for (const [kind, value, notice] of [
  ["malformed", "2025-02-30", "is not a date we can read"],
  ["malformed", "yesterday", "is not a date we can read"],
  ["before the range", "2024-09-17", "is before 18 September 2024"],
  ["in the future", "2999-01-01", "is in the future"],
] as const) {
  test(`a date ${kind} (${value}) gets a clear notice and today's verdict`, async ({ page }) => {
    await page.goto(`/region/de?on=${value}`);
    await expect(page.locator("[data-notice]")).toContainText(notice);
    await expect(verdict(page)).toContainText("As of ");
    await expect(verdict(page)).toHaveAttribute("data-status", "used-by-default");
  });
}

test("a region page shows the history with the current period marked, the why, what to do, the timeline and sources", async ({ page }) => {
  await page.goto("/region/hk");
  const history = page.getByRole("region", { name: "What changed, and when" }).getByRole("listitem");
  await expect(history).toHaveCount(3);
  await expect(history.nth(2)).toHaveAttribute("aria-current", "true");
  await expect(history.nth(1)).toContainText("11 October 2024 to 2 November 2025");
  await expect(page.getByRole("region", { name: "Why" })).toContainText("Privacy Commissioner");
  await expect(page.getByRole("region", { name: "What you can do" })).toContainText("under 18");
  const timelineLink = page.getByRole("region", { name: "On the timeline" }).getByRole("link", { name: /Hong Kong/ }).first();
  const href = await timelineLink.getAttribute("href");
  expect(href).toMatch(/^\/timeline#/);
  await timelineLink.click();
  await expect(page.locator(`[id="${href!.split("#")[1]}"]`)).toBeInViewport();
});

test("an unknown code gets a helpful 404 with the picker", async ({ page }) => {
  const response = await page.goto("/region/zz");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("status")).toContainText("We have no place with the code “zz”");
  await expect(page.getByRole("combobox", { name: "Country or territory" })).toBeVisible();
});

test("an upper-case code is pointed to its page", async ({ page }) => {
  const response = await page.goto("/region/DE");
  expect(response?.status()).toBe(404);
  await page.getByRole("link", { name: "Germany" }).click();
  await expect(page).toHaveURL(/\/region\/de$/);
});

test("remembering a place keeps it in this browser, and forgetting clears it", async ({ page }) => {
  await page.goto("/region/ch");
  await page.getByRole("button", { name: "Remember this place on this device" }).click();
  await expect(page.getByText("Saved in this browser only.")).toBeVisible();
  await page.goto("/region");
  await expect(page.getByText("Your saved place:")).toBeVisible();
  await expect(page.getByRole("link", { name: "Switzerland" }).first()).toHaveAttribute("href", "/region/ch");
  await page.goto("/region/ch");
  await page.getByRole("button", { name: "Forget my place" }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), readerStorageKeys.place)).toBeNull();
  await page.goto("/region");
  await expect(page.getByText("Your saved place:")).toHaveCount(0);
});

test("a corrupt saved place is ignored and removed", async ({ page }) => {
  await page.goto("/region");
  const key = readerStorageKeys.place;
  for (const bad of ["not json", JSON.stringify({ ...storedRecord.place("DE"), version: 99 }), JSON.stringify(storedRecord.place("ZZ")), "[]"]) {
    await page.evaluate(([k, value]) => localStorage.setItem(k, value), [key, bad]);
    await page.reload();
    await expect(page.getByRole("combobox")).toBeVisible();
    // Removed when the picker's script reads it, which runs after the first paint.
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), readerStorageKeys.place)).toBeNull();
    await expect(page.getByText("Your saved place:")).toHaveCount(0);
  }
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the reader still reaches their verdict through plain links", async ({ page, request }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Does it apply to me?" }).click();
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await page.getByRole("link", { name: "Switzerland", exact: true }).click();
    await expect(page).toHaveURL(/\/region\/ch$/);
    await expect(verdict(page)).toHaveAttribute("data-status", "used-by-default");
    await expect(verdict(page)).toContainText("As of ");
    // Playwright turns scripts off without the parser's no-script mode, so read the <noscript> from the HTML.
    const html = await (await request.get("/region/ch")).text();
    expect(html).toMatch(/<noscript><p[^>]*>To check another date, turn on JavaScript/);
  });
});

test("the region pages have no accessibility violations while the picker is open", async ({ page }) => {
  await page.goto("/region");
  await page.getByRole("combobox").fill("united");
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
});
