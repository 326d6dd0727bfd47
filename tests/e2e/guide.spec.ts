import AxeBuilder from "@axe-core/playwright";
import { readerStorageKeys, storedRecord } from "../../lib/reader-storage";
import { siteContent } from "./content";
import { expect, test, waitForHydration, wcagTags } from "./fixtures";

const platforms = siteContent().guide.map((guide) => guide.platform);
const guideOf = (platform: string) => siteContent().guide.find((guide) => guide.platform === platform)!;
const titles = (platform: string) => guideOf(platform).stepTitles;
const progressKey = readerStorageKeys.guide;

/** How many steps a platform's guide has, the final check included: "Step 1 of N". */
const stepCount = (platform: string) => titles(platform).length;
const desktop = stepCount("desktop");

const visibleStepHeading = (page: import("@playwright/test").Page) => page.locator("[data-step] h3:visible");

for (const platform of platforms) {
  test(`a reader completes the ${platform} guide by keyboard`, async ({ page }) => {
    const stepTitles = titles(platform);
    const total = stepTitles.length;
    await page.goto(`/guide/${platform}`);
    // The guide once its script runs (it starts by itself when the page is idle); what a reader does
    // before that is in first-action.spec.ts.
    await waitForHydration(page, "[data-stepper] input[type=checkbox]");
    const progress = page.locator("[data-progress]");
    await expect(progress).toHaveText(`Step 1 of ${total}. 0 of ${total} done.`);
    for (let step = 1; step <= total; step += 1) {
      await expect(visibleStepHeading(page)).toHaveText(stepTitles[step - 1]);
      await expect(visibleStepHeading(page)).toHaveCount(1);
      await page.getByRole("checkbox", { name: "I have done this step" }).focus();
      await page.keyboard.press("Space");
      if (step < total) {
        await page.keyboard.press("Tab");
        if (step > 1) await page.keyboard.press("Tab"); // past Back, which step 1 does not have
        await expect(page.getByRole("link", { name: "Next step" })).toBeFocused();
        await page.keyboard.press("Enter");
        // Focus moves to the new step's heading, and the address names the step.
        await expect(page.locator(`#step-${step + 1}-title`)).toBeFocused();
        await expect(page).toHaveURL(new RegExp(`#step-${step + 1}$`));
      }
    }
    await expect(progress).toHaveText(`Step ${total} of ${total}. All steps done.`);
    await expect(page.getByRole("link", { name: "Next step" })).toHaveCount(0);
  });
}

test("progress survives a reload, and start over clears it", async ({ page }) => {
  await page.goto("/guide/desktop");
  await page.getByRole("checkbox", { name: "I have done this step" }).check();
  await page.getByRole("link", { name: "Next step" }).click();
  await page.getByRole("checkbox", { name: "I have done this step" }).check();
  await page.reload();
  await expect(page.locator("[data-progress]")).toContainText(`2 of ${desktop} done.`);
  // A reload without #step-N opens the first step not yet done.
  await page.goto("/guide/desktop");
  await expect(page.locator("[data-progress]")).toContainText(`Step 3 of ${desktop}.`);
  await expect(page.locator("[data-step='1'] [data-done-mark]")).toBeAttached();
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(page.locator("[data-progress]")).toHaveText(`Progress cleared. Back at step 1. Step 1 of ${desktop}. 0 of ${desktop} done.`);
  await expect(page.locator("#step-1-title")).toBeFocused();
  await page.reload();
  await expect(page.locator("[data-progress]")).toHaveText(`Step 1 of ${desktop}. 0 of ${desktop} done.`);
  expect(await page.evaluate((key) => localStorage.getItem(key), progressKey("desktop"))).toBeNull();
});

test("progress is kept per platform and stays in this browser", async ({ page }) => {
  await page.goto("/guide/ios");
  await page.getByRole("checkbox", { name: "I have done this step" }).check();
  // The reader moves on once the page says the step is done.
  await expect(page.locator("[data-progress]")).toContainText(`1 of ${stepCount("ios")} done.`);
  await page.goto("/guide/android");
  await expect(page.locator("[data-progress]")).toContainText(`0 of ${stepCount("android")} done.`);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), progressKey("ios"));
  expect(stored).toEqual(storedRecord.guideProgress([guideOf("ios").stepIds[0]]));
});

test("corrupt or old progress is ignored rather than breaking the guide", async ({ page }) => {
  await page.goto("/guide/desktop");
  const key = progressKey("desktop");
  for (const bad of ["{", JSON.stringify({ ...storedRecord.guideProgress(["open-me-menu"]), version: 0 }), JSON.stringify({ ...storedRecord.guideProgress([]), done: "all" }), JSON.stringify(storedRecord.guideProgress([42 as unknown as string]))]) {
    await page.evaluate(([k, value]) => localStorage.setItem(k, value), [key, bad]);
    await page.reload();
    await expect(page.locator("[data-progress]")).toHaveText(`Step 1 of ${desktop}. 0 of ${desktop} done.`);
  }
  // Unknown step ids (from an older guide) are dropped, known ones kept.
  await page.evaluate(([k, value]) => localStorage.setItem(k, value), [key, JSON.stringify(storedRecord.guideProgress(["old-step", "open-me-menu"]))]);
  await page.reload();
  await expect(page.locator("[data-progress]")).toContainText(`1 of ${desktop} done.`);
});

for (const step of [...new Set([1, Math.ceil(desktop / 2), desktop])]) {
  test(`#step-${step} opens step ${step}`, async ({ page }) => {
    await page.goto(`/guide/desktop#step-${step}`);
    await expect(visibleStepHeading(page)).toHaveText(titles("desktop")[step - 1]);
    await expect(page.locator("[data-progress]")).toContainText(`Step ${step} of ${desktop}.`);
  });
}

test("an out-of-range #step opens where the reader left off", async ({ page }) => {
  await page.goto("/guide/desktop#step-99");
  await expect(page.locator("[data-progress]")).toContainText(`Step 1 of ${desktop}.`);
});

test("the exact LinkedIn labels and the direct link are on the desktop guide", async ({ page }) => {
  await page.goto("/guide/desktop");
  await expect(page.locator("a[data-direct-link]")).toHaveAttribute("href", siteContent().directLink);
  const all = (await page.locator("main").textContent()) ?? "";
  // The labels the guide's content marks, exactly as content/guide/linkedin-labels.yaml writes them, in bold.
  const marked = guideOf("desktop").markedLabels;
  expect(marked).toContain(siteContent().labels.generativeAiSetting);
  for (const label of marked) expect(all).toContain(label);
  const bold = await page.locator("[data-step] strong").allTextContents();
  expect(bold).toEqual(expect.arrayContaining(marked));
});

test("every step has a drawing with a text alternative, a last-verified date and sources", async ({ page }) => {
  await page.goto("/guide/android");
  const steps = page.locator("[data-step]");
  await expect(steps).toHaveCount(6);
  for (const step of await steps.all()) {
    await expect(step.locator("[role=img]")).toHaveAttribute("aria-label", /\S{10,}/);
    await expect(step).toContainText("Last verified against our sources:");
    await expect(step.locator("a[href^='/sources#']").first()).toBeAttached();
  }
});

test("the guide says what opting out does not do", async ({ page }) => {
  await page.goto("/guide/mobile-web");
  const after = page.getByRole("region", { name: "What opting out does not do" });
  await expect(after.getByRole("heading", { level: 3 })).toHaveText(siteContent().afterwardsTitles);
  // Each item names its sources.
  await expect(after.locator("a[href^='/sources#']")).not.toHaveCount(0);
});

test("a place saved in the region checker is named, with what applies there", async ({ page }) => {
  await page.goto("/guide/desktop");
  await expect(page.getByRole("region", { name: "Where you live" })).toContainText("Check where you live");
  await page.goto("/region/it");
  await page.getByRole("button", { name: "Remember this place on this device" }).click();
  await expect(page.getByText("Saved in this browser only.")).toBeVisible();
  await page.goto("/guide/desktop");
  const note = page.locator("[data-region-note='IT']");
  await expect(note).toContainText("You saved Italy in the region checker.");
  await expect(note).toContainText("Used by default");
  await expect(note).toContainText("Italy's data protection authority");
});

test.describe("on an iPhone", () => {
  test.use({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1" });

  test("the guide suggests the iPhone app's steps, and every platform stays one tap away", async ({ page }) => {
    await page.goto("/guide");
    await expect(page.getByRole("link", { name: /iPhone or iPad app/ })).toContainText("Suggested for this device");
    await expect(page.locator("[data-suggested]")).toHaveCount(1);
    for (const { name } of siteContent().guide) {
      await expect(page.getByRole("link", { name: new RegExp(name) }).first()).toBeVisible();
    }
  });
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("every step of the platform shows as an ordered list with its drawing", async ({ page }) => {
    await page.goto("/guide/ios");
    const steps = page.locator("ol > li[data-step]");
    await expect(steps).toHaveCount(6);
    for (const step of await steps.all()) {
      await expect(step).toBeVisible();
      await expect(step.getByRole("img")).toBeVisible();
    }
    await expect(page.locator("[data-progress]")).toBeHidden();
    await expect(page.getByRole("link", { name: "Next step" })).toBeHidden();
  });
});

for (const format of ["A4", "Letter"] as const) {
  test(`the desktop guide prints as a one-page checklist on ${format}`, async ({ page }) => {
    await page.goto("/guide/desktop#step-3");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-step]:visible")).toHaveCount(6);
    await expect(page.locator("figure").first()).toBeHidden();
    await expect(page.getByText(siteContent().directLink).first()).toBeVisible();
    const pdf = await page.pdf({ format, printBackground: false });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
  });
}

test("the guide has no accessibility violations mid-way, in light and dark", async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/guide/android#step-4");
    await page.getByRole("checkbox", { name: "I have done this step" }).check();
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  }
});
