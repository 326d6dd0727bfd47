import { siteContent } from "./content";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

test("on a phone, the story's first screen answers: the setting's name and links to /region and /guide, before any list", async ({ page }) => {
  await page.goto("/");
  const article = page.locator("article");
  const inFirstScreen = async (box: { y: number; height: number } | null) => box !== null && box.y + box.height <= 740;

  const setting = article.getByText(siteContent().labels.generativeAiSetting).first();
  expect(await inFirstScreen(await setting.boundingBox()), "the setting's name is on the first screen").toBe(true);
  for (const href of ["/region", "/guide"]) {
    const link = article.locator(`a[href="${href}"]`).first();
    await expect(link).toBeVisible();
    expect(await inFirstScreen(await link.boundingBox()), `a link to ${href} is on the first screen`).toBe(true);
  }

  // The answer comes first, in a few plain words, with no list or table before it.
  const answer = await article.evaluate((element) => {
    const blocks: Element[] = [];
    for (const child of element.children) {
      if (child.tagName === "H2") break;
      if (child.tagName !== "H1") blocks.push(child);
    }
    const words = blocks
      .map((block) => {
        const copy = block.cloneNode(true) as Element;
        copy.querySelectorAll("[data-action-link], sup").forEach((node) => node.remove());
        return copy.textContent ?? "";
      })
      .join(" ")
      .split(/\s+/)
      .filter(Boolean).length;
    return { words, lists: blocks.filter((block) => block.matches("ul, ol, table") || block.querySelector("ul, ol, table")).length };
  });
  expect(answer.lists).toBe(0);
  expect(answer.words).toBeGreaterThan(10);
  expect(answer.words).toBeLessThanOrEqual(60);
});

test.describe("/region answers first", () => {
  for (const [width, height] of [
    [360, 780],
    [1280, 900],
  ] as const) {
    test(`at ${width} × ${height}, the picker and its suggestion are in the first screen, above the map`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto("/region");
      const picker = page.getByRole("combobox", { name: "Country or territory" });
      // The suggestion from the browser's language (en-US here) appears once the script has run.
      const suggestion = page.getByText("From your browser's language settings:");
      await expect(suggestion).toBeVisible();
      const map = page.locator("svg[data-world-map]");
      const [pickerBox, suggestionBox, mapBox] = await Promise.all([picker.boundingBox(), suggestion.boundingBox(), map.boundingBox()]);
      for (const [name, box] of [
        ["the picker", pickerBox!],
        ["the suggestion", suggestionBox!],
      ] as const) {
        expect(box.y, `${name} starts on the first screen`).toBeGreaterThanOrEqual(0);
        expect(box.y, `${name} ends on the first screen`).toBeLessThan(height - box.height);
      }
      expect(pickerBox!.y + pickerBox!.height, "the map follows the picker").toBeLessThanOrEqual(mapBox!.y);
      expect(await page.evaluate(() => window.scrollY), "the page has not scrolled").toBe(0);
    });
  }
});
