import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { crawlSite, expect, test } from "./fixtures";
import { fieldPaths, localPath, pngSize, readHead, siteUrl, sitemapUrls } from "./site-files";
import { siteContent } from "./content";
import { defaultLocale, splitLocalePath } from "../../lib/i18n";
import { formatMessage, uiTextFor } from "../../lib/ui-text";

type Status = "used-by-default" | "excluded" | "uncertain";
const isRegionPage = (path: string) => splitLocalePath(path).path.startsWith("/region/");
/** How a region page's image alt begins, in the page's language: the place, then the verdict the page shows. */
function regionAltStart(path: string, place: string, status: Status): string {
  const { locale } = splitLocalePath(path);
  const marker = "\u0000";
  return formatMessage(locale, "socialCard.regionAlt", { place, verdict: uiTextFor(locale).region.statusLabel[status], date: marker, siteName: "" }).split(marker)[0];
}

test("the sitemap lists every page a reader can reach, each answering 200, and robots.txt points to it", async ({ request }) => {
  const urls = await sitemapUrls(request);
  expect(new Set(urls).size).toBe(urls.length);
  for (const url of urls) expect(url === siteUrl || url.startsWith(`${siteUrl}/`)).toBe(true);
  const paths = urls.map(localPath);
  expect(paths.filter((p) => p.startsWith("/region/"))).toHaveLength(siteContent().places.length);
  expect(paths).toEqual(expect.arrayContaining(["/", "/about", "/region", "/region/de", "/sources", "/timeline", "/timeline/uk"]));

  const notOk: string[] = [];
  for (const p of paths) {
    const response = await request.get(p);
    if (response.status() !== 200) notOk.push(`${p} (${response.status()})`);
  }
  expect(notOk).toEqual([]);

  // Every page that links reach is listed, and nothing else.
  const { pages } = await crawlSite(request);
  expect([...paths].sort()).toEqual(pages);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  expect(robots).not.toMatch(/Disallow: \/\s*$/m);
});

test("every page has its own title, description, canonical address, Open Graph and Twitter card, and a 1200×630 PNG social image", async ({ request }) => {
  test.setTimeout(180_000);
  const urls = await sitemapUrls(request);
  const titles = new Set<string>();
  const images = new Map<string, string>();
  const problems: string[] = [];
  for (const url of urls) {
    const p = localPath(url);
    const head = readHead(await (await request.get(p)).text());
    const say = (problem: string) => problems.push(`${p}: ${problem}`);
    const meta = (key: string) => head.meta.get(key) ?? "";

    if (!head.title || !head.h1 || !head.title.includes(head.h1)) say(`title "${head.title}" does not name the page's heading "${head.h1}"`);
    if (head.title) titles.add(head.title);
    if (meta("description").length < 40) say("no real description");
    if (head.canonical !== url) say(`canonical is ${head.canonical}`);
    // Each language's pages point to that language's feed.
    const { locale } = splitLocalePath(p);
    if (head.feed !== `${siteUrl}${locale === defaultLocale ? "" : `/${locale}`}/feed.xml`) say(`feed link is ${head.feed}`);
    if (meta("og:url") !== url) say(`og:url is ${meta("og:url")}`);
    if (!head.title?.startsWith(meta("og:title")) || !meta("og:title")) say(`og:title is "${meta("og:title")}"`);
    if (meta("og:description") !== meta("description")) say("og:description differs from the description");
    if (meta("og:site_name") !== siteContent().siteName) say("no og:site_name");
    if (meta("og:image:width") !== "1200" || meta("og:image:height") !== "630" || meta("og:image:type") !== "image/png") say("og:image size or type missing");
    if (!meta("og:image:alt")) say("no og:image:alt");
    if (meta("twitter:card") !== "summary_large_image") say(`twitter:card is "${meta("twitter:card")}"`);
    if (meta("twitter:title") !== meta("og:title") || meta("twitter:description") !== meta("description")) say("twitter title or description differ");
    if (meta("twitter:image") !== meta("og:image")) say("twitter:image differs from og:image");

    const imageUrl = meta("og:image");
    if (!imageUrl.startsWith(`${siteUrl}/`)) {
      say(`og:image is "${imageUrl}"`);
      continue;
    }
    const image = await request.get(localPath(imageUrl));
    const bytes = await image.body();
    const size = pngSize(bytes);
    if (image.status() !== 200 || image.headers()["content-type"] !== "image/png" || size?.width !== 1200 || size?.height !== 630) {
      say(`social image ${imageUrl} answered ${image.status()} ${image.headers()["content-type"]} ${JSON.stringify(size)}`);
    }
    images.set(createHash("sha256").update(bytes).digest("hex"), p);

    // A region page's image names the place and the verdict the page shows.
    if (isRegionPage(p)) {
      const status = /data-status="([a-z-]+)"/.exec(await (await request.get(p)).text())?.[1] as Status;
      const alt = meta("og:image:alt");
      const expected = regionAltStart(p, head.h1 ?? "", status);
      if (!alt.startsWith(expected)) say(`image alt "${alt}" does not give ${head.h1} and its verdict`);
    } else if (!meta("og:image:alt").startsWith(meta("og:title"))) {
      say(`image alt "${meta("og:image:alt")}" does not give the title`);
    }
  }
  expect(problems).toEqual([]);
  expect(titles.size, "every page's title is its own").toBe(urls.length);
  expect(images.size, "every page's image is its own").toBe(urls.length);
});

/** The feed, read by the browser's own XML parser. */
async function readFeed(page: import("@playwright/test").Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const child = (parent: Element, name: string) => [...parent.children].find((el) => el.namespaceURI === atom && el.localName === name) ?? null;
    const root = doc.documentElement;
    return {
      parseError: doc.getElementsByTagName("parsererror").length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      id: child(root, "id")?.textContent ?? null,
      title: child(root, "title")?.textContent ?? null,
      updated: child(root, "updated")?.textContent ?? null,
      self: [...root.children].find((el) => el.localName === "link" && el.getAttribute("rel") === "self")?.getAttribute("href") ?? null,
      hasAuthor: child(root, "author") !== null,
      entries: [...root.children]
        .filter((el) => el.namespaceURI === atom && el.localName === "entry")
        .map((entry) => ({
          id: child(entry, "id")?.textContent ?? null,
          title: child(entry, "title")?.textContent ?? null,
          titleType: child(entry, "title")?.getAttribute("type") ?? "text",
          updated: child(entry, "updated")?.textContent ?? null,
          link: child(entry, "link")?.getAttribute("href") ?? null,
          category: child(entry, "category")?.getAttribute("term") ?? null,
        })),
    };
  }, xml);
}

/** An Atom text construct as a reader shows it: type="html" is decoded once more. */
function shownTitle(title: string | null, type: string): string {
  if (title === null) return "";
  return type === "html" ? title.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&") : title;
}

test("the feed parses as Atom, and its entries are the timeline's, newest first, each dated and linking to its anchor", async ({ page, request }) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  await page.goto("/timeline");
  const feed = await readFeed(page, await response.text());
  expect(feed.parseError).toBe(false);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.id && feed.title && feed.updated && feed.hasAuthor).toBeTruthy();
  expect(feed.self).toBe(`${siteUrl}/feed.xml`);
  for (const entry of feed.entries) expect(entry.id && entry.title && entry.updated && entry.link).toBeTruthy();

  const onPage = await page.locator("main ol > li").evaluateAll((items) =>
    items.map((item) => ({ slug: item.id, title: item.querySelector("h2")!.textContent!.trim() })),
  );
  const facts = new Map(siteContent().timeline.map((entry) => [entry.slug, entry]));
  const timeline = feed.entries.filter((entry) => entry.category === "timeline");
  expect(timeline.map((entry) => localPath(entry.link!))).toEqual([...onPage].reverse().map((entry) => `/timeline#${entry.slug}`));
  expect(timeline.map((entry) => shownTitle(entry.title, entry.titleType))).toEqual([...onPage].reverse().map((entry) => entry.title));
  for (const entry of timeline) {
    expect(entry.updated).toBe(`${facts.get(entry.link!.split("#")[1])!.day}T00:00:00.000Z`);
  }
  const dates = feed.entries.map((entry) => entry.updated!);
  expect(dates).toEqual([...dates].sort().reverse());

  // Corrections are carried too, each linking to its entry on /about.
  await page.goto("/about");
  const corrections = await page.locator("section[aria-labelledby='corrections'] > ol > li").evaluateAll((items) => items.map((item) => item.id));
  const inFeed = feed.entries.filter((entry) => entry.category === "correction").map((entry) => localPath(entry.link!));
  expect(inFeed.sort()).toEqual(corrections.map((id) => `/about#${id}`).sort());
  expect(inFeed.length).toBeGreaterThan(0);
});

test("the open-data files parse, agree with the timeline and the region pages, and their fields are documented on /about", async ({ page, request }) => {
  test.setTimeout(120_000);
  const timeline = await (await request.get("/data/timeline.json")).json();
  const regions = await (await request.get("/data/regions.json")).json();

  await page.goto("/timeline");
  const shown = await page.locator("main ol > li").evaluateAll((items) =>
    items.map((item) => ({
      slug: item.id,
      title: item.querySelector("h2")!.textContent!.trim(),
      date: item.querySelector("time")!.getAttribute("datetime"),
      sources: [...item.querySelectorAll("dd a[href^='/sources#']")].map((a) => a.getAttribute("href")!.slice("/sources#".length)),
    })),
  );
  expect(timeline.entries.map((e: { slug: string; title: string; date: string; sources: string[] }) => ({ slug: e.slug, title: e.title, date: e.date, sources: e.sources }))).toEqual(shown);
  const listedSources = new Set(timeline.sources.map((s: { id: string }) => s.id));
  for (const entry of shown) for (const id of entry.sources) expect(listedSources.has(id)).toBe(true);

  // Every place's page shows the name, the current answer and the history that regions.json holds.
  const jurisdictions = new Map<string, { periods: { from: string; to: string | null; status: string }[] }>(
    regions.jurisdictions.map((j: { id: string }) => [j.id, j]),
  );
  const today = new Date().toISOString().slice(0, 10);
  expect(regions.places).toHaveLength(siteContent().places.length);
  const mismatches: string[] = [];
  for (const place of regions.places as { code: string; name: string; jurisdiction: string; url: string }[]) {
    const html = await (await request.get(localPath(place.url))).text();
    const { periods } = jurisdictions.get(place.jurisdiction)!;
    const current = periods.find((period) => period.from <= today && (period.to === null || today <= period.to))!;
    const head = readHead(html);
    const history = [...html.matchAll(/data-period-status="([a-z-]+)"/g)].map((m) => m[1]);
    const status = /data-status="([a-z-]+)"/.exec(html)?.[1];
    if (head.h1 !== place.name || status !== current.status || history.join() !== periods.map((p) => p.status).join()) {
      mismatches.push(`${place.code}: page shows ${head.h1}, ${status}, [${history}]`);
    }
  }
  expect(mismatches).toEqual([]);

  // /about documents exactly the fields the files have.
  await page.goto("/about");
  for (const [name, data] of [["timeline.json", timeline], ["regions.json", regions]] as const) {
    const documented = await page.getByRole("table", { name: `Fields of ${name}` }).locator("tbody td:first-child").allTextContents();
    expect(documented.sort(), name).toEqual([...new Set(fieldPaths(data))].sort());
    await expect(page.getByRole("link", { name: `Download ${name}` })).toHaveAttribute("href", `/data/${name}`);
  }
});

test("the static export holds every page, its image, the sitemap, robots.txt, the feed and the data files", async ({ request }) => {
  const out = path.resolve(import.meta.dirname, "../../out");
  const missing: string[] = [];
  for (const url of await sitemapUrls(request)) {
    const p = localPath(url);
    const html = p === "/" ? "index.html" : `${p.slice(1)}.html`;
    if (!existsSync(path.join(out, html))) missing.push(html);
    const image = readHead(await (await request.get(p)).text()).meta.get("og:image")!;
    if (!existsSync(path.join(out, localPath(image)))) missing.push(localPath(image));
  }
  expect(missing).toEqual([]);
  for (const file of ["/sitemap.xml", "/robots.txt", "/feed.xml", "/data/timeline.json", "/data/regions.json"]) {
    expect(readFileSync(path.join(out, file)).equals(await (await request.get(file)).body()), file).toBe(true);
  }
});
