import path from "node:path";
import { ImageResponse } from "next/og";
import { afterEach, beforeAll, expect, test, vi } from "vitest";
import { SocialCard } from "@/components/SocialCard";
import { loadSiteContent, type SiteContent } from "@/lib/content";
import { sitePages } from "@/lib/site-pages";
import {
  assertCardDrawable,
  cardFontFor,
  cardTexts,
  drawableRanges,
  pagePathOfSocialImage,
  socialImagePath,
  socialImageSegments,
  socialImageSize,
  undrawableCharacters,
  japaneseDrawableRanges,
} from "@/lib/social-card";
import { socialCardFonts } from "@/lib/social-card-fonts.server";

let content: SiteContent;

beforeAll(async () => {
  content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../fixtures/good-content"), cacheDir: null });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Draws a card as the build does, with every request that leaves the process recorded and refused. */
async function drawOffline(heading: string, fonts?: Awaited<ReturnType<typeof socialCardFonts>>): Promise<{ png: Buffer; requests: string[] }> {
  const requests: string[] = [];
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    // next/og loads its own WebAssembly from a data: URL; that stays in the process.
    if (url.startsWith("data:")) return realFetch(input, init);
    requests.push(url);
    throw new Error(`network request refused: ${url}`);
  });
  const card = { heading, alt: heading };
  const response = new ImageResponse(<SocialCard card={card} siteName="Site" tagline="Tagline" host="example.org" />, { ...socialImageSize, fonts });
  const png = Buffer.from(await response.arrayBuffer());
  return { png, requests };
}

test("each page's image has its own path, and the path leads back to the page", () => {
  const pages = sitePages(content, "2026-01-01");
  expect(socialImagePath("/")).toBe("/og/index.png");
  expect(socialImagePath("/region/de")).toBe("/og/region/de.png");
  expect(new Set(pages.map((page) => socialImagePath(page.path))).size).toBe(pages.length);
  for (const page of pages) expect(pagePathOfSocialImage(socialImageSegments(page.path))).toBe(page.path);
  expect(pagePathOfSocialImage(["region", "de"])).toBeNull();
});

test("every character the cards may use is drawn with the font next/og ships, without the network", async () => {
  const every = drawableRanges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join("");
  const { png, requests } = await drawOffline(every);
  expect(requests).toEqual([]);
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
}, 30_000);

test("a character outside those ranges would send next/og to the network, so it is refused before drawing", async () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {}); // next/og reports the refused download
  const { requests } = await drawOffline("Ελλάδα");
  logged.mockRestore();
  expect(requests.length).toBeGreaterThan(0);
  expect(undrawableCharacters("Ελλάδα, Åland")).toEqual(["Ε", "λ", "ά", "δ", "α"]);
  expect(() => assertCardDrawable("/region/gr", ["Ελλάδα"])).toThrow(/social image of \/region\/gr cannot draw “Ε” \(U\+0395\)/);
}, 30_000);

test("every card of the site can be drawn offline: place names, titles and verdicts", () => {
  const { name, tagline } = content.site;
  for (const page of sitePages(content, "2026-01-01")) {
    expect(() => assertCardDrawable(page.path, cardTexts(page.card, name, tagline, "fixture.example"))).not.toThrow();
  }
});

test("Japanese cards draw kana, kanji and full-width punctuation with the bundled Noto Sans JP, without the network", async () => {
  const heading = "LinkedInの生成AI設定：自分は対象？（2024年9月18日）「データプライバシー」、ドイツ・香港。";
  expect(undrawableCharacters(heading)).toEqual([]);
  expect(japaneseDrawableRanges.length).toBeGreaterThan(0);
  expect(cardFontFor([heading])).toBe("noto-sans-jp");
  // A card in Latin letters, in any language, keeps next/og's own font.
  expect(cardFontFor(["Désactivez-le : étape par étape"])).toBeUndefined();
  expect(await socialCardFonts(["Désactivez-le"])).toBeUndefined();
  const { png, requests } = await drawOffline(heading, await socialCardFonts([heading]));
  expect(requests).toEqual([]);
  expect(png.readUInt32BE(16)).toBe(1200);
}, 30_000);

test("French cards draw accents, « » and the narrow no-break space: Geist for the letters, DejaVu Sans for U+202F, without the network", async () => {
  const heading = "Êtes-vous concerné\u202f? «\u00a0Données pour l’amélioration de l’IA générative\u00a0» : À, É, Ç, Œ, 1er novembre 2025";
  // Geist, next/og's own font, has all of it but U+202F: without another font, next/og would go to the network for it.
  expect(undrawableCharacters(heading)).toEqual([]);
  expect([...heading].filter((character) => !drawableRanges.some(([from, to]) => character.codePointAt(0)! >= from && character.codePointAt(0)! <= to))).toEqual(["\u202f"]);
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  expect((await drawOffline(heading)).requests.length).toBeGreaterThan(0);
  logged.mockRestore();
  expect(cardFontFor([heading])).toBe("geist-dejavu-sans");
  const fonts = await socialCardFonts([heading]);
  expect(fonts?.map((font) => font.name)).toEqual(["Geist", "DejaVu Sans"]);
  const { png, requests } = await drawOffline(heading, fonts);
  expect(requests).toEqual([]);
  expect(png.readUInt32BE(16)).toBe(1200);
}, 30_000);
