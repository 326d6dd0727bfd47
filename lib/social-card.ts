/**
 * Where each page's social image lives, and what a card may say. The images are drawn at build time
 * by next/og with the one font it ships (Geist Regular). For any character that font lacks, next/og
 * would download a font from the network while building, so a card's text is checked first: a
 * character outside the font stops the build with the page and the text.
 */
import type { SocialCardContent } from "./site-pages";

export const socialImageSize = { width: 1200, height: 630 } as const;

const IMAGE_ROOT = "/og";

/** "/" → "/og/index.png"; "/region/de" → "/og/region/de.png". */
export function socialImagePath(pagePath: string): string {
  return `${IMAGE_ROOT}${pagePath === "/" ? "/index" : pagePath}.png`;
}

/** The segments of an image's path below /og/, as the catch-all route receives them. */
export function socialImageSegments(pagePath: string): string[] {
  return socialImagePath(pagePath).slice(IMAGE_ROOT.length + 1).split("/");
}

/** The page an image belongs to, from the catch-all route's segments; null if they name no image. */
export function pagePathOfSocialImage(segments: readonly string[]): string | null {
  const joined = segments.join("/");
  if (!joined.endsWith(".png")) return null;
  const path = joined.slice(0, -".png".length);
  return path === "index" ? "/" : `/${path}`;
}

/**
 * Every character Geist Regular (the font next/og ships) can draw, as ranges read from the font's
 * character map; kept to the Latin, punctuation and arrow blocks a card could plausibly need.
 * tests/unit/social-card.test.ts draws all of them with the network cut off.
 */
export const drawableRanges: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x113], [0x116, 0x12b], [0x12e, 0x137], [0x139, 0x13e],
  [0x141, 0x148], [0x14a, 0x14d], [0x150, 0x17e], [0x2013, 0x2014], [0x2018, 0x201a], [0x201c, 0x201e],
  [0x2020, 0x2022], [0x2026, 0x2026], [0x2030, 0x2030], [0x2032, 0x2033], [0x2039, 0x203a], [0x2190, 0x2199],
];

/**
 * What Noto Sans JP draws beyond that (lib/social-card-fonts.server.ts): its Latin file and its
 * Japanese file (CJK punctuation, kana, the common kanji, full-width forms).
 */
export const japaneseDrawableRanges: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2190, 0x2199], [0x3000, 0x303f], [0x3040, 0x30ff], [0x4e00, 0x9fff], [0xff01, 0xffef],
];

/**
 * What Geist Regular with DejaVu Sans behind it draws (lib/social-card-fonts.server.ts): the Latin
 * letters with their accents, and the whole General Punctuation block, whose narrow no-break space
 * (U+202F, before ; ! ? and % in French) Geist lacks. Geist draws every character it has, DejaVu the rest.
 */
export const latinTypographyRanges: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x1e00, 0x1efb], [0x2000, 0x2064], [0x20a0, 0x20b5], [0x2190, 0x2199],
];

/**
 * The fonts a card may use beyond next/og's own, each with what it draws. A card takes one only when
 * its text needs it, whatever the page's language: a language in Latin letters needs nothing here
 * unless its typography uses a space or mark Geist lacks (French: U+202F), and a language in another
 * script adds its font (a @fontsource package read from node_modules) to this list and to
 * lib/social-card-fonts.server.ts.
 */
export const extraCardFonts = [
  { id: "noto-sans-jp", ranges: japaneseDrawableRanges },
  { id: "geist-dejavu-sans", ranges: latinTypographyRanges },
] as const;
export type ExtraCardFont = (typeof extraCardFonts)[number]["id"];

const within = (ranges: readonly (readonly [number, number])[], codePoint: number) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

function drawable(codePoint: number): boolean {
  return within(drawableRanges, codePoint) || extraCardFonts.some((font) => within(font.ranges, codePoint));
}

/** The extra font a card's texts need (the first that draws every character next/og's own cannot), if any. */
export function cardFontFor(texts: readonly string[]): ExtraCardFont | undefined {
  const beyond = texts.flatMap((text) => [...text].map((character) => character.codePointAt(0)!)).filter((codePoint) => !within(drawableRanges, codePoint));
  if (beyond.length === 0) return undefined;
  return extraCardFonts.find((font) => beyond.every((codePoint) => within(font.ranges, codePoint)))?.id;
}

/** The characters of `text` that no card font can draw, each once. */
export function undrawableCharacters(text: string): string[] {
  return [...new Set([...text].filter((character) => !drawable(character.codePointAt(0)!)))];
}

/** Throws, naming the page and the characters, if any text on a card cannot be drawn offline. */
export function assertCardDrawable(pagePath: string, texts: readonly string[]): void {
  for (const text of texts) {
    const bad = undrawableCharacters(text);
    if (bad.length > 0) {
      const listed = bad.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
      throw new Error(
        `The social image of ${pagePath} cannot draw ${listed} in “${text}”: next/og would fetch a font from the network. ` +
          `Reword the text, or add a font that has these characters to extraCardFonts (lib/social-card.ts, lib/social-card-fonts.server.ts).`,
      );
    }
  }
}

/** Every text a card shows, for the check above. */
export function cardTexts(card: SocialCardContent, siteName: string, tagline: string, host: string): string[] {
  return [card.kicker, card.heading, card.verdict?.label, card.verdict?.asOf, siteName, tagline, host].filter(
    (text): text is string => text !== undefined,
  );
}

/** A heading's font size: smaller for longer headings, so any title fits in three lines. */
export function headingSize(heading: string): number {
  if (heading.length <= 32) return 76;
  if (heading.length <= 60) return 64;
  if (heading.length <= 90) return 54;
  return 44;
}
