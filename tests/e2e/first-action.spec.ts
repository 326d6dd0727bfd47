import type { CDPSession, Page } from "@playwright/test";
import { siteContent } from "./content";
import { expect, holdFrameworkScripts, test, waitForHydration } from "./fixtures";

/**
 * Readers whose first action comes before the framework has run: voice control and switch access
 * (a click with no pointer event before it), a phone on a slow network (a tap while the script still
 * downloads), a keyboard (Tab from the top), assistive technology that sends no event at all, and
 * browsers that report odd language tags. Their first action is carried out, exactly once.
 */

const progress = (page: Page) => page.locator("[data-progress]");
/** How many steps the desktop guide has, the final check included. */
const desktopSteps = siteContent().guide.find((guide) => guide.platform === "desktop")!.stepTitles.length;
const doneMark = (page: Page) => page.getByRole("checkbox", { name: "I have done this step" });
const themeRadio = (page: Page, name: string) => page.getByRole("group", { name: "Colour theme" }).getByRole("radio", { name });

/** A click as voice control sends it: no pointer or key event before it, on an element found by its selector. */
const clickWithNoPointer = (page: Page, selector: string) => page.evaluate((css) => (document.querySelector(css) as HTMLElement).click(), selector);

test.describe("a click with no pointer event first, before the script has run", () => {
  test("the guide's done-mark is carried out once the script runs, exactly once", async ({ page }) => {
    const release = await holdFrameworkScripts(page);
    await page.goto("/guide/desktop");
    await clickWithNoPointer(page, '[data-stepper] input[type="checkbox"]');
    release();
    await expect(doneMark(page)).toBeChecked();
    await expect(progress(page)).toHaveText(`Step 1 of ${desktopSteps}. 1 of ${desktopSteps} done.`);
    // Carried out once: it stays done (a second replay would have unchecked it).
    await page.waitForTimeout(500);
    await expect(doneMark(page)).toBeChecked();
  });

  test("the guide's Next is a link that shows the next step at once, and the script agrees when it runs", async ({ page }) => {
    const release = await holdFrameworkScripts(page);
    await page.goto("/guide/desktop");
    await clickWithNoPointer(page, '[data-step-nav="1"] a[href="#step-2"]');
    await expect(page).toHaveURL(/#step-2$/);
    await expect(page.locator("[data-step] h3:visible")).toHaveCount(1);
    await expect(page.locator("#step-2-title")).toBeVisible();
    await expect(page.getByRole("link", { name: "Back" }).locator("visible=true")).toHaveAttribute("href", "#step-1");
    release();
    await waitForHydration(page, "[data-stepper] input[type=checkbox]");
    await expect(progress(page)).toHaveText(`Step 2 of ${desktopSteps}. 0 of ${desktopSteps} done.`);
    await expect(page.locator("#step-2-title")).toBeVisible();
  });

  test("the Dark theme shows at once and is kept once the script runs", async ({ page }) => {
    const release = await holdFrameworkScripts(page);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/sources");
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await clickWithNoPointer(page, 'input[name="theme"][value="dark"]');
    const dark = await background();
    expect(dark).not.toBe(light);
    release();
    await expect.poll(() => page.evaluate(() => localStorage.getItem("default-on:theme"))).toContain("dark");
    await expect(themeRadio(page, "Dark")).toBeChecked();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await background()).toBe(dark);
  });

  test("/object's copy button copies once the script runs", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const release = await holdFrameworkScripts(page);
    await page.goto("/object#uk");
    await clickWithNoPointer(page, '[data-copy-for="objection-text-uk"]');
    release();
    await expect(page.locator("section[aria-labelledby='uk'] [role=status]")).toHaveText(/Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("[your name]");
  });

  test("the region date, a plain form, shows the chosen day", async ({ page }) => {
    const release = await holdFrameworkScripts(page);
    await page.goto("/region/de");
    await page.locator("#on-date").fill("2024-10-01");
    await page.evaluate(() => (document.querySelector('#on-date')!.closest("form")!.querySelector("button[type=submit]") as HTMLElement).click());
    await expect(page).toHaveURL(/\/region\/de\?on=2024-10-01$/);
    release();
    await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "excluded");
  });
});

test.describe("a first tap on a slow phone", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });

  async function slowPhone(page: Page): Promise<CDPSession> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    return cdp;
  }

  test("a tap on the first step's done-mark while the script is still on its way is carried out once", async ({ page }) => {
    await slowPhone(page);
    // The script is still downloading when the reader taps (held until the tap, so the test does not depend on the machine's speed).
    const release = await holdFrameworkScripts(page);
    await page.goto("/guide/desktop", { waitUntil: "domcontentloaded" });
    const mark = doneMark(page);
    // The reader taps as soon as they reach it (Playwright scrolls it into view, as their thumb would).
    await mark.tap();
    expect(await mark.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactProps$"))), "the tap came before the script had run").toBe(false);
    release();
    await expect(mark).toBeChecked({ timeout: 20_000 });
    await expect(progress(page)).toHaveText(`Step 1 of ${desktopSteps}. 1 of ${desktopSteps} done.`);
    await page.waitForTimeout(1000);
    await expect(mark).toBeChecked();
    await expect(progress(page)).toHaveText(`Step 1 of ${desktopSteps}. 1 of ${desktopSteps} done.`);
  });

  test("a tap on Dark is shown at once and kept", async ({ page }) => {
    await slowPhone(page);
    await page.goto("/about", { waitUntil: "domcontentloaded" });
    const dark = themeRadio(page, "Dark");
    await dark.scrollIntoViewIfNeeded();
    await dark.tap();
    await expect(dark).toBeChecked();
    await expect.poll(() => page.evaluate(() => localStorage.getItem("default-on:theme")), { timeout: 20_000 }).toContain("dark");
    await expect(dark).toBeChecked();
  });
});

test.describe("no event at all", () => {
  for (const [path, selector] of [
    ["/guide/desktop", "[data-stepper] input[type=checkbox]"],
    ["/region/de", "#on-date"],
    ["/object", "[data-copy-for]"],
    ["/", 'input[name="theme"]'],
  ] as const) {
    test(`${path}: the controls come alive within seconds with no reader event`, async ({ page }) => {
      await page.goto(path);
      await waitForHydration(page, selector);
    });
  }

  test("the guide works once live, though the reader never moved", async ({ page }) => {
    await page.goto("/guide/desktop");
    await waitForHydration(page, "[data-stepper] input[type=checkbox]");
    await clickWithNoPointer(page, '[data-stepper] input[type="checkbox"]');
    await expect(progress(page)).toHaveText(`Step 1 of ${desktopSteps}. 1 of ${desktopSteps} done.`);
  });
});

test.describe("Tab from the top", () => {
  for (const path of ["/", "/region", "/region/de", "/guide/desktop", "/object"]) {
    test(`${path}: skip link, header, then the page in reading order; hydrating moves no focus`, async ({ page }) => {
      await page.goto(path);
      // The page hydrates with nobody touching it: focus stays where it was, on nothing.
      await waitForHydration(page, 'input[name="theme"]');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

      const inOrder = await page.evaluate(() => {
        const focusable = (root: Element) =>
          [...root.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]")].filter(
            (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden",
          );
        const header = document.querySelector("header");
        const main = document.querySelector("main");
        return { header: header ? focusable(header).length : 0, firstInMain: main ? focusable(main)[0]?.outerHTML.slice(0, 120) : undefined };
      });

      const where = () =>
        page.evaluate(() => {
          const active = document.activeElement!;
          return { text: (active.textContent ?? "").trim(), place: active.closest("header") ? "header" : active.closest("main") ? "main" : active.closest("footer") ? "footer" : "body", html: active.outerHTML.slice(0, 120) };
        });
      await page.keyboard.press("Tab");
      const first = await where();
      expect(first.place).toBe("body");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#main");
      for (let index = 0; index < inOrder.header; index += 1) {
        await page.keyboard.press("Tab");
        expect((await where()).place, `Tab ${index + 2}`).toBe("header");
      }
      await page.keyboard.press("Tab");
      const inMain = await where();
      expect(inMain.place).toBe("main");
      expect(inMain.html).toBe(inOrder.firstInMain);
    });
  }

  test("a keyboard reader who tabs before the page hydrates keeps their place", async ({ page }) => {
    const release = await holdFrameworkScripts(page);
    await page.goto("/region");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    release();
    await waitForHydration(page, 'input[name="theme"]');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toBe(before);
  });
});

for (const tag of ["C", "en_US"]) {
  test.describe(`a browser that reports its language as "${tag}"`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((language) => {
        Object.defineProperty(Navigator.prototype, "language", { get: () => language, configurable: true });
        Object.defineProperty(Navigator.prototype, "languages", { get: () => [language], configurable: true });
      }, tag);
    });

    test("/region works, and the picker finds and opens a place", async ({ page }) => {
      await page.goto("/region");
      await waitForHydration(page, '[role="combobox"]');
      await expect(page.locator("h1")).toBeVisible();
      const picker = page.getByRole("combobox", { name: "Country or territory" });
      await picker.pressSequentially("Germ");
      await expect(page.getByRole("option", { name: /Germany/ })).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/region\/de$/);
      await expect(page.locator("[data-status]")).toBeVisible();
    });
  });
}

test.describe("an island that fails", () => {
  // React reports the error it caught, once.
  test.use({ allowedConsoleErrors: 1 });

  test("keeps its prerendered form, and the rest of the page keeps working", async ({ page }) => {
    // A runtime whose place names are broken: the region picker throws as soon as it reads the reader's languages.
    await page.addInitScript(() => {
      Object.defineProperty(Intl, "DisplayNames", {
        value: function () {
          throw new RangeError("Intl.DisplayNames is broken here");
        },
      });
    });
    await page.goto("/region");
    await waitForHydration(page, 'input[name="theme"]');
    await page.waitForTimeout(500);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Country or territory" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Germany/ }).first()).toBeVisible();
    await themeRadio(page, "Dark").check();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });
});

test("every kind of page the build rewrote hydrates, with no error", async ({ page }) => {
  for (const path of ["/", "/timeline", "/sources", "/region", "/region/de", "/guide", "/guide/desktop", "/about", "/object", "/ja", "/ja/region/jp", "/ja/guide/android", "/no-such-page"]) {
    await page.goto(path);
    await waitForHydration(page, 'input[name="theme"]');
  }
});
