import { expect, test } from "./fixtures";
import { everyTemplate } from "./site-pages";

for (const width of [320, 360]) {
  test(`no kind of page scrolls sideways at ${width} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 740 });
    const tooWide: string[] = [];
    for (const path of everyTemplate) {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) tooWide.push(`${path}: ${scrollWidth} px wide`);
    }
    expect(tooWide).toEqual([]);
  });
}
