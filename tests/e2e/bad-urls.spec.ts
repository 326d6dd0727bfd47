import { expect, test } from "./fixtures";

/**
 * A thousand unusual requests to the production server: very long, non-ASCII, encoded traversal,
 * unknown region codes in every letter case, impossible dates, repeated and empty query values.
 * None may answer 500 or above; unknown pages get the site's own 404 page.
 */

function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const random = seededRandom(20261129);
const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const letters = "abcdefghijklmnopqrstuvwxyz";

function anyCase(text: string): string {
  return [...text].map((char) => (random() < 0.5 ? char.toUpperCase() : char)).join("");
}

const knownPages = ["/", "/timeline", "/sources", "/region", "/region/de", "/region/gb", "/guide", "/guide/desktop", "/timeline/uk"];
const badDates = ["2025-02-30", "2024-13-01", "0000-00-00", "9999-12-31", "2024-9-1", "yesterday", "", "%00", "2025-02-29", "1970-01-01", "2024-09-17", "'; DROP TABLE", "<script>", "2025-11-03T00:00", "２０２５-０１-０１"];
const oddSegments = ["..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2f", "..%5c..%5cwindows", "%00", "%ZZ", "%", "région", "日本", "😀", "%F0%9F%98%80", "a".repeat(3000), "x/".repeat(400), ".env", ".git/config", "_next/../../package.json", "index.php", "wp-admin", "%252e%252e%252f"];

function generatePaths(count: number): string[] {
  const paths = new Set<string>();
  while (paths.size < count) {
    const kind = Math.floor(random() * 7);
    if (kind === 0) {
      const code = letters[Math.floor(random() * 26)] + letters[Math.floor(random() * 26)] + (random() < 0.2 ? letters[Math.floor(random() * 26)] : "");
      paths.add(`/region/${anyCase(code)}`);
    } else if (kind === 1) {
      paths.add(`/region/${pick(["de", "gb", "hk", "ca", "us", "je"])}?on=${encodeURIComponent(pick(badDates))}`);
    } else if (kind === 2) {
      const repeats = 1 + Math.floor(random() * 5);
      paths.add(`/region/${pick(["fr", "ch", "no"])}?${Array.from({ length: repeats }, () => `on=${encodeURIComponent(pick(badDates))}`).join("&")}&n=${paths.size}`);
    } else if (kind === 3) {
      paths.add(`/${pick(["", "region/", "guide/", "timeline/", "sources/", "_next/static/"])}${pick(oddSegments)}`);
    } else if (kind === 4) {
      paths.add(`${pick(knownPages)}?${pick(["", "=", "&&", "on", "on=&on=", "a[]=1&a[]=2", `q=${"z".repeat(4000)}`, "%", "x=%ZZ"])}&i=${paths.size}`);
    } else if (kind === 5) {
      paths.add(`/${pick(["guide", "timeline"])}/${anyCase(pick(["mars", "DESKTOP", "iOS", "Android", "mobile_web", "uk ", "eu", "", "elsewhere/extra"]))}`);
    } else {
      paths.add(`/${encodeURIComponent(pick(oddSegments))}/${paths.size}`);
    }
  }
  return [...paths];
}

test("a thousand bad addresses never cause a server error, and unknown pages get the site's 404", async ({ request }) => {
  test.setTimeout(240_000);
  const paths = generatePaths(1000);
  const serverErrors: string[] = [];
  const bareNotFounds: string[] = [];
  const started = Date.now();
  for (const path of paths) {
    if (Date.now() - started > 200_000) break; // bounded in time as well as in count
    const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
    const status = response.status();
    if (status >= 500) serverErrors.push(`${status} ${path.slice(0, 120)}`);
    if (status === 404 && (response.headers()["content-type"] ?? "").includes("text/html")) {
      const body = await response.text();
      if (!body.includes("Page not found")) bareNotFounds.push(path.slice(0, 120));
    }
  }
  expect(serverErrors).toEqual([]);
  expect(bareNotFounds).toEqual([]);
});

for (const value of ["2025-02-30", "2024-13-01", "", "yesterday"]) {
  test(`a region page given ?on=${value || "(empty)"} answers 200 and shows today's verdict`, async ({ page }) => {
    const response = await page.goto(`/region/de?on=${encodeURIComponent(value)}&on=2025-01-01`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("[data-status]")).toContainText("As of ");
    if (value) await expect(page.locator("[data-notice]")).toContainText("is not a date we can read");
  });
}
