/** A French reader's journeys through /fr, and what makes the French edition a language of its own. */
import { expect, test } from "./fixtures";
import { pageTypographySlips } from "./french-typography";
import { localPath, sitemapUrls } from "./site-files";

const verdict = (page: import("@playwright/test").Page) => page.locator("[data-status]");

test.use({ locale: "fr-FR" });

test("story → region by typing « belgique » → verdict on the 1st of November 2025, in French → the other languages keep the date", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: /Êtes-vous concerné/ }).click();
  await expect(page).toHaveURL(/\/fr\/region$/);

  const combobox = page.getByRole("combobox", { name: "Pays ou territoire" });
  await combobox.pressSequentially("belgique");
  await expect(page.getByRole("option").first()).toContainText("Belgique");
  await combobox.press("Enter");
  await expect(page).toHaveURL(/\/fr\/region\/be$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Belgique");

  // Belgium was left out until LinkedIn began on 3 November 2025: the day before, in French, with "1er".
  await page.getByLabel("Vérifier une autre date").fill("2025-11-01");
  await page.getByRole("button", { name: "Afficher cette date" }).click();
  await expect(page).toHaveURL(/\/fr\/region\/be\?on=2025-11-01$/);
  await expect(verdict(page)).toHaveAttribute("data-status", "excluded");
  await expect(verdict(page)).toContainText("Non. Le 1er novembre 2025, LinkedIn n’utilisait pas");
  // The history's dates are French dates.
  await expect(page.getByText("18 septembre 2024", { exact: false }).first()).toBeVisible();

  // The language switch offers the two other languages, each keeping the place and the date.
  await expect(page.getByRole("link", { name: "English", exact: true })).toHaveAttribute("href", "/region/be?on=2025-11-01");
  await expect(page.getByRole("link", { name: "日本語", exact: true })).toHaveAttribute("href", "/ja/region/be?on=2025-11-01");
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expect(page).toHaveURL(/\/region\/be\?on=2025-11-01$/);
  await expect(page.getByRole("link", { name: "Français", exact: true })).toHaveAttribute("href", "/fr/region/be?on=2025-11-01");
});

test("the picker finds places by their French names, with or without accents, in any case, and by their English names", async ({ page }) => {
  await page.goto("/fr/region");
  const combobox = page.getByRole("combobox", { name: "Pays ou territoire" });
  const expectFirst = async (typed: string, name: string) => {
    await combobox.fill(typed);
    await expect(page.getByRole("option").first(), typed).toContainText(name);
  };
  for (const typed of ["egypte", "Égypte", "EGYPTE", "Egypt"]) await expectFirst(typed, "Égypte");
  for (const typed of ["cote d'ivoire", "Côte d’Ivoire", "cote divoire"]) await expectFirst(typed, "Côte d’Ivoire");
  for (const typed of ["royaume uni", "Royaume-Uni"]) await expectFirst(typed, "Royaume-Uni");
  // French plurals: one place is singular.
  await combobox.fill("egypte");
  await expect(page.getByText("1 lieu correspond.")).toBeAttached();
  await combobox.press("Enter");
  await expect(page).toHaveURL(/\/fr\/region\/eg$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Égypte");
});

test("the guide gives LinkedIn's menu path in English with the French labels the APD prints beside it, the switch's own wording marked unconfirmed, and keeps the step across languages", async ({ page }) => {
  await page.goto("/fr/guide/desktop");
  // The whole path as the printed checklist shows it, every step at once: each French label beside its English one.
  await page.emulateMedia({ media: "print" });
  const reported = page.locator("[data-reported-label]").filter({ visible: true });
  await expect(reported.filter({ hasText: "Préférences et confidentialité" }).first()).toBeVisible();
  await expect(reported.filter({ hasText: "Confidentialité des données" }).first()).toBeVisible();
  await expect(reported.filter({ hasText: /Données pour l[’']amélioration de l[’']IA générative/ }).first()).toBeVisible();
  // Each French label follows its English one, which stays the sure one.
  await expect(page.locator('strong[lang="en"] + [data-reported-label]').filter({ visible: true })).toHaveCount(await reported.count());
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByText(/libellé français de l’interrupteur lui-même n’est pas confirmé/)).toBeVisible();

  await page.getByRole("checkbox", { name: "J’ai fait cette étape" }).check();
  await page.getByRole("link", { name: "Étape suivante" }).click();
  await expect(page).toHaveURL(/\/fr\/guide\/desktop#step-2$/);
  await expect(page.locator("[data-progress]")).toHaveText(/^Étape 2 sur \d+\. 1 sur \d+ faites\.$/);
  await page.getByRole("link", { name: "日本語", exact: true }).click();
  await expect(page).toHaveURL(/\/ja\/guide\/desktop#step-2$/);
  await page.getByRole("link", { name: "Français", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/guide\/desktop#step-2$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("each French page names its English and Japanese versions, and they name it: hreflang with x-default, and the switch", async ({ page }) => {
  await page.goto("/fr/timeline/uk");
  for (const [lang, href] of [["en", /\/timeline\/uk$/], ["ja", /\/ja\/timeline\/uk$/], ["fr", /\/fr\/timeline\/uk$/], ["x-default", /\/timeline\/uk$/]] as const) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute("href", href);
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).not.toHaveAttribute("href", /\/(ja|fr)\//);
  await expect(page.getByRole("link", { name: "English", exact: true })).toHaveAttribute("href", "/timeline/uk");
  await expect(page.getByRole("link", { name: "日本語", exact: true })).toHaveAttribute("href", "/ja/timeline/uk");
  for (const path of ["/timeline/uk", "/ja/timeline/uk"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Français", exact: true })).toHaveAttribute("href", "/fr/timeline/uk");
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", /\/fr\/timeline\/uk$/);
  }
});

// Both servers' answer (status 404, out/fr/404.html) is checked for every language in static-deploy.spec.ts.
test("an unknown address under /fr gets the French 404 page", async ({ page }) => {
  const response = await page.goto("/fr/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page.getByRole("link", { name: /Êtes-vous concerné/ }).first()).toHaveAttribute("href", "/fr/region");
});

test("the French feed and data files carry French words and the same facts", async ({ request }) => {
  const feed = await (await request.get("/fr/feed.xml")).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
  expect(feed).toContain("chronologie et corrections</title>");
  expect(feed).toContain("/fr/timeline#");
  const [en, fr] = await Promise.all(["/data/regions.json", "/fr/data/regions.json"].map(async (path) => (await request.get(path)).json()));
  expect(fr.language).toBe("fr");
  expect(fr.places.find((place: { code: string }) => place.code === "EG").name).toBe("Égypte");
  expect(fr.statuses.map((status: { label: string }) => status.label).sort()).toEqual(["Exclu", "Incertain", "Utilisé par défaut"]);
  expect(fr.jurisdictions.map((j: { periods: { from: string; status: string }[] }) => j.periods.map((p) => [p.from, p.status]))).toEqual(
    en.jurisdictions.map((j: { periods: { from: string; status: string }[] }) => j.periods.map((p) => [p.from, p.status])),
  );
});

test("French typography on every French page: a no-break space before ; ! ? : » and after «, never a plain space or none", async ({ request }) => {
  test.setTimeout(120_000);
  const paths = (await sitemapUrls(request)).map(localPath).filter((path) => path === "/fr" || path.startsWith("/fr/"));
  expect(paths.length).toBeGreaterThan(250);
  const slips: string[] = [];
  for (const path of [...paths, "/fr/404"]) {
    const html = await (await request.get(path)).text();
    slips.push(...pageTypographySlips(html).map((slip) => `${path}: ${slip}`));
  }
  expect(slips).toEqual([]);
});
