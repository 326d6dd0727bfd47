import { siteContent } from "./content";
import { expect, test } from "./fixtures";

test("a reader follows a citation in the story to its source", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const firstCitation = page.locator("article sup a").first();
  const name = await firstCitation.getAttribute("aria-label");
  expect(name).toMatch(/^Source 1: .+, “.+”$/);
  await expect(firstCitation).toHaveText("[1]");
  const href = await firstCitation.getAttribute("href");
  await firstCitation.click();
  await expect(page).toHaveURL(new RegExp(`/sources${href!.replace("/sources", "")}$`));
  const entry = page.locator(`[id="${href!.replace("/sources#", "")}"]`);
  await expect(entry).toBeInViewport();
  // The accessible name promised the publisher and title that the entry shows.
  const [, publisher, title] = /^Source 1: (.+), “(.+)”$/.exec(name!)!;
  await expect(entry).toContainText(publisher);
  await expect(entry.getByRole("heading")).toHaveText(title);
});

test("a LinkedIn legal text on the sources page leads to the dated version that was read", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByText(/Open Terms Archive/).first()).toBeVisible();
  const versionLink = { name: /^Recorded by Open Terms Archive on \d{1,2} \w+ \d{4}$/ };
  const entries = page.locator("li[id]").filter({ has: page.getByRole("link", versionLink) });
  expect(await entries.count()).toBeGreaterThan(0);
  for (const entry of await entries.all()) {
    await expect(entry.getByRole("link", versionLink)).toHaveAttribute("href", /^https:\/\/github\.com\/OpenTermsArchive\/[\w.-]+-versions\/commit\/[0-9a-f]{40}$/);
    // The entry also names the text's own address on LinkedIn.
    await expect(entry.getByRole("heading").getByRole("link")).toHaveAttribute("href", /^https:\/\/www\.linkedin\.com\/legal\//);
  }
});

test("every factual paragraph of the story carries a citation", async ({ page }) => {
  await page.goto("/");
  const paragraphs = await page.locator("article p, article li, article td").evaluateAll((elements) =>
    elements
      .filter((element) => !element.closest("aside") || element.tagName !== "P" || element.textContent!.length > 0)
      .map((element) => ({
        text: element.textContent!.trim(),
        cited: element.querySelector("sup a[href^='/sources#']") !== null,
        nested: element.querySelector("p, li") !== null,
        // A sentence that only points to another page of the site states no fact of its own.
        signpost: element.querySelector("a[href='/region'], a[href='/guide'], a[href='/timeline'], a[href='/sources']") !== null,
        // The key dates' maps describe themselves; each caption links to its (cited) timeline entry.
        figure: element.closest("figure") !== null,
      })),
  );
  const uncited = paragraphs.filter((p) => !p.cited && !p.nested && !p.signpost && !p.figure && p.text.length > 40);
  expect(uncited.map((p) => p.text)).toEqual([]);
});

test("/timeline#<slug> lands on that entry", async ({ page }) => {
  const entries = siteContent().timeline;
  const target = entries[Math.floor(entries.length / 2)];
  await page.goto(`/timeline#${target.slug}`);
  const entry = page.locator(`li[id="${target.slug}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole("heading", { level: 2 })).toHaveText(target.title);
  const datetime = await entry.locator("time").getAttribute("datetime");
  expect(datetime).toBe(target.date);
});

test("the timeline lists every event in date order with machine-readable dates and sources", async ({ page }) => {
  const { timeline } = siteContent();
  await page.goto("/timeline");
  const items = page.locator("main ol > li");
  await expect(items).toHaveCount(timeline.length);
  // In the loader's order, which is date order, with each entry's own date.
  expect(await items.evaluateAll((lis) => lis.map((li) => li.id))).toEqual(timeline.map((entry) => entry.slug));
  const days = timeline.map((entry) => entry.day);
  expect(days).toEqual([...days].sort());
  const datetimes = await items.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect(datetimes).toEqual(timeline.map((entry) => entry.date));
  for (const item of await items.all()) {
    await expect(item.locator("a[href^='/sources#']").first()).toBeVisible();
  }
});

test("a reader narrows the timeline to the UK and sees only events that concern it", async ({ page }) => {
  const all = siteContent().timeline;
  const expected = all.filter((entry) => entry.regions.includes("uk"));
  await page.goto("/timeline");
  await page.getByRole("navigation", { name: "Show events for" }).getByRole("link", { name: "UK", exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\/uk$/);
  await expect(page.getByRole("link", { name: "UK", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("status")).toHaveText(`Showing the ${expected.length} of ${all.length} events that concern UK.`);
  const shown = await page.locator("main ol > li").evaluateAll((items) => items.map((item) => item.id));
  expect(shown.sort()).toEqual(expected.map((entry) => entry.slug).sort());
  expect(shown.length).toBeLessThan(all.length);
});

test("the footer shows the content's review date and a way to report a mistake", async ({ page }) => {
  await page.goto("/sources");
  const footer = page.getByRole("contentinfo");
  await expect(footer.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await expect(footer.getByRole("link", { name: "Report a mistake" })).toHaveAttribute("href", /^https:\/\//);
});

test("an unknown address gets a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  for (const name of ["The story", "Timeline", "Sources"]) {
    await expect(page.getByRole("main").getByRole("link", { name })).toBeVisible();
  }
});
