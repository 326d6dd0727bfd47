import { expect, holdFrameworkScripts, test } from "./fixtures";

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("each place's objection text is on the page to select and copy, and the EU's names Article 21 of the GDPR", async ({ page }) => {
    await page.goto("/object");
    const eu = page.locator("#objection-text-eu-eea");
    await expect(eu).toBeVisible();
    await expect(eu).toHaveValue(/Article 21/);
    await expect(eu).toHaveValue(/\[your name\]/);
    await expect(page.locator("#objection-text-uk")).toHaveValue(/\[your name\]/);
    await expect(page.locator("#objection-text-uk")).not.toHaveValue(/Article 21/);
    await expect(page.locator("[data-copy-for]").first()).toBeHidden();
    await expect(page.getByText("Select the text and copy it.").first()).toBeVisible();
  });

  test("a region page names its regulator and sends the reader to their place's part of /object", async ({ page }) => {
    await page.goto("/region/nl");
    await expect(page.getByRole("heading", { level: 3, name: /Autoriteit Persoonsgegevens/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /Data Protection Commission/ })).toBeVisible();
    await page.locator("a[data-object-link]").click();
    await expect(page).toHaveURL(/\/object#eu-eea$/);
    await expect(page.getByRole("heading", { level: 2, name: /The EU and the EEA/ })).toBeInViewport();
  });
});

test("the copy button copies the text as the reader edited it, and nothing typed is kept", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/object#uk");
  const text = page.locator("#objection-text-uk");
  await text.fill((await text.inputValue()).replace("[your name]", "Ada Lovelace"));
  const button = page.locator('[data-copy-for="objection-text-uk"]');
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.locator("section[aria-labelledby='uk'] [role=status]")).toHaveText(/Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Name: Ada Lovelace");
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await page.reload();
  await expect(text).toHaveValue(/\[your name\]/);
});

test("the place saved on a region page leads to its part of /object", async ({ page }) => {
  await page.goto("/object");
  await expect(page.locator("[data-saved-place]")).toContainText("No place saved");
  await page.goto("/region/de");
  await page.getByRole("button", { name: "Remember this place on this device" }).click();
  await expect(page.getByText("Saved in this browser only.")).toBeVisible();
  await page.goto("/object");
  const saved = page.locator("[data-saved-place]");
  await expect(saved).toContainText("Germany");
  await saved.getByRole("link").click();
  await expect(page).toHaveURL(/\/object#eu-eea$/);
});

test("printed, /object shows each objection text in full, without the text box or the copy buttons", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/object");
  const printed = page.locator("section[aria-labelledby='eu-eea'] pre");
  await expect(printed).toBeVisible();
  await expect(printed).toContainText("Article 21");
  await expect(printed).toContainText("[your name]");
  await expect(page.locator("#objection-text-eu-eea")).toBeHidden();
  await expect(page.locator("[data-copy-for]").first()).toBeHidden();
});

test("what a reader types into the objection text before the page hydrates is kept", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // Hold the framework's scripts back until the reader has typed, as a slow connection would.
  const releaseScripts = await holdFrameworkScripts(page);
  await page.goto("/object#uk");
  const text = page.locator("#objection-text-uk");
  await text.fill((await text.inputValue()).replace("[your name]", "Ada Lovelace"));
  releaseScripts();
  const button = page.locator('[data-copy-for="objection-text-uk"]');
  await expect(button).toBeEnabled();
  await expect(text).toHaveValue(/Name: Ada Lovelace/);
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Name: Ada Lovelace");
});
