/** A Japanese reader's journeys through /ja, and what makes the Japanese edition a language of its own. */
import { expect, test } from "./fixtures";

const verdict = (page: import("@playwright/test").Page) => page.locator("[data-status]");

test.use({ locale: "ja-JP" });

test("story → region by typing ドイツ → verdict on a chosen date → guide → a step done → the same step in English", async ({ page }) => {
  await page.goto("/ja");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LinkedIn");
  await page.getByRole("navigation", { name: "メイン" }).getByRole("link", { name: "自分は対象？" }).click();
  await expect(page).toHaveURL(/\/ja\/region$/);

  const combobox = page.getByRole("combobox", { name: "国・地域" });
  await combobox.pressSequentially("ドイツ");
  await expect(page.getByRole("option").first()).toContainText("ドイツ");
  await combobox.press("Enter");
  await expect(page).toHaveURL(/\/ja\/region\/de$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ドイツ");
  await expect(verdict(page)).toContainText("現在");

  await page.getByLabel("ほかの日付で確認する").fill("2025-11-02");
  await page.getByRole("button", { name: "この日付で表示" }).click();
  await expect(page).toHaveURL(/\/ja\/region\/de\?on=2025-11-02$/);
  await expect(verdict(page)).toHaveAttribute("data-status", "excluded");
  await expect(verdict(page)).toContainText("ドイツは対象外でした");
  await expect(verdict(page)).toContainText("2025年11月2日");
  // The history's dates are Japanese dates.
  await expect(page.getByText("2024年9月18日", { exact: false }).first()).toBeVisible();

  // The language switch keeps the place and the date.
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/region/de?on=2025-11-02");

  await page.goto("/ja/guide");
  await page.getByRole("link", { name: /パソコン/ }).click();
  await expect(page).toHaveURL(/\/ja\/guide\/desktop$/);
  // LinkedIn's labels stay in English, with the wording reports give in Japanese beside them.
  await expect(page.locator("[data-reported-label]").first()).toContainText("報告されている表記");
  await page.getByRole("checkbox", { name: "このステップを終えました" }).check();
  await page.getByRole("link", { name: "次のステップへ" }).click();
  await expect(page).toHaveURL(/\/ja\/guide\/desktop#step-2$/);
  await expect(page.locator("[data-progress]")).toContainText("1");

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/guide\/desktop#step-2$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("[data-progress]")).toHaveText(/^Step 2 of \d+\. 1 of \d+ done\.$/);
});

test("the picker finds Germany by its code, in hiragana, and in English on the Japanese page", async ({ page }) => {
  await page.goto("/ja/region");
  const combobox = page.getByRole("combobox", { name: "国・地域" });
  for (const typed of ["de", "どいつ", "Germany"]) {
    await combobox.fill(typed);
    await expect(page.getByRole("option").first()).toContainText("ドイツ");
  }
  // A place named in kanji, by its reading typed in kana before conversion.
  await combobox.fill("にほん");
  await expect(page.getByRole("option").first()).toContainText("日本");
  await combobox.fill("de");
  await combobox.press("Enter");
  await expect(page).toHaveURL(/\/ja\/region\/de$/);
});

test("each page links to itself in the other language, both ways, with hreflang alternates and x-default", async ({ page }) => {
  await page.goto("/ja/timeline/uk");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/timeline\/uk$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute("href", /\/ja\/timeline\/uk$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/timeline\/uk$/);
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/timeline/uk");
  await page.goto("/timeline/uk");
  await expect(page.getByRole("link", { name: "日本語" })).toHaveAttribute("href", "/ja/timeline/uk");
  await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute("href", /\/ja\/timeline\/uk$/);
});

test("no redirect by language: the English story stays English, with one line in Japanese pointing to /ja", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  expect(page.url()).toMatch(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const suggestion = page.getByRole("region", { name: "日本語" });
  await expect(suggestion).toContainText("日本語");
  await expect(suggestion.getByRole("link")).toHaveAttribute("href", "/ja");
  await suggestion.getByRole("button").click();
  await expect(suggestion).toHaveCount(0);
  expect(await page.context().cookies()).toEqual([]);
});

test("an unknown address under /ja gets the Japanese 404 page", async ({ page }) => {
  const response = await page.goto("/ja/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("link", { name: "自分は対象？" }).first()).toHaveAttribute("href", "/ja/region");
});

test("the Japanese feed and data files carry Japanese words and the same facts", async ({ request }) => {
  const feed = await (await request.get("/ja/feed.xml")).text();
  expect(feed).toContain("<feed");
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">');
  expect(feed).toContain("<title>Default On：タイムラインと訂正</title>");
  expect(feed).toContain("/ja/timeline#");
  const [en, ja] = await Promise.all(["/data/regions.json", "/ja/data/regions.json"].map(async (path) => (await request.get(path)).json()));
  expect(ja.language).toBe("ja");
  expect(ja.places.find((place: { code: string }) => place.code === "DE").name).toBe("ドイツ");
  expect(ja.statuses.map((status: { label: string }) => status.label)).not.toEqual(en.statuses.map((status: { label: string }) => status.label));
  expect(ja.jurisdictions.map((j: { periods: { from: string; status: string }[] }) => j.periods.map((p) => [p.from, p.status]))).toEqual(
    en.jurisdictions.map((j: { periods: { from: string; status: string }[] }) => j.periods.map((p) => [p.from, p.status])),
  );
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the Japanese pages read, link among themselves, and switch language through plain links", async ({ page }) => {
    await page.goto("/ja");
    expect(await page.locator("article sup a[href^='/ja/sources#']").count()).toBeGreaterThan(10);
    await page.getByRole("navigation", { name: "メイン" }).getByRole("link", { name: "タイムライン" }).click();
    await expect(page).toHaveURL(/\/ja\/timeline$/);
    await expect(page.locator("main ol > li").first()).toBeVisible();
    await page.goto("/ja/region");
    await page.getByRole("link", { name: "ドイツ", exact: true }).click();
    await expect(page).toHaveURL(/\/ja\/region\/de$/);
    await expect(page.locator("[data-status]")).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/region\/de$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Germany");
  });
});

test("the Japanese desktop guide prints as a one-page checklist on A4", async ({ page }) => {
  await page.goto("/ja/guide/desktop");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-step]:visible")).toHaveCount(6);
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
});

test("every Japanese page that shows a reported Japanese label says, on that page, that it is unconfirmed", async ({ page }) => {
  const note = page.getByText("未確認の表記について", { exact: false });
  const withLabels = ["/ja", "/ja/object", "/ja/guide/desktop", "/ja/guide/ios", "/ja/guide/android", "/ja/guide/mobile-web"];
  for (const path of withLabels) {
    await page.goto(path);
    await expect(page.locator("[data-reported-label]").first(), path).toBeVisible();
    await expect(note, path).toBeVisible();
    // The ※ beside a reported wording leads to the note.
    await page.locator("[data-reported-label]").first().getByRole("link", { name: "未確認の表記についての注" }).click();
    await expect(note, path).toBeInViewport();
  }
  // A page with no reported label carries no note about them.
  for (const path of ["/ja/region", "/ja/timeline", "/ja/about"]) {
    await page.goto(path);
    await expect(page.locator("[data-reported-label]"), path).toHaveCount(0);
    await expect(note, path).toBeHidden();
  }
});
