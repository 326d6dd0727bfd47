/**
 * The files of the fonts a card may need beyond the one next/og ships (Geist Regular, Latin only),
 * by lib/social-card.ts's extraCardFonts, read from node_modules at build time: never downloaded.
 * Noto Sans JP comes from @fontsource/noto-sans-jp: its "japanese" file holds the whole Japanese set
 * (kana, kanji, full-width forms), its "latin" file the rest of a card's text. French cards keep Geist,
 * the very file next/og draws every other card with, and take from DejaVu Sans (@fontsource/dejavu-sans,
 * whose one file is the whole font) only what Geist lacks: the narrow no-break space, U+202F.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cardFontFor, type ExtraCardFont } from "./social-card";

type CardFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };

const fontsource = (family: string, file: string) => path.join("node_modules", "@fontsource", family, "files", file);

/** Each font's files, in the order the renderer looks for a glyph: one font after another. */
const fontFiles: Record<ExtraCardFont, { name: string; file: string }[]> = {
  "noto-sans-jp": [
    { name: "Noto Sans JP latin", file: fontsource("noto-sans-jp", "noto-sans-jp-latin-400-normal.woff") },
    { name: "Noto Sans JP japanese", file: fontsource("noto-sans-jp", "noto-sans-jp-japanese-400-normal.woff") },
  ],
  "geist-dejavu-sans": [
    { name: "Geist", file: path.join("node_modules", "next", "dist", "compiled", "@vercel", "og", "Geist-Regular.ttf") },
    { name: "DejaVu Sans", file: fontsource("dejavu-sans", "dejavu-sans-latin-400-normal.woff") },
  ],
};

const loaded = new Map<ExtraCardFont, Promise<CardFont[]>>();

async function load(font: ExtraCardFont): Promise<CardFont[]> {
  return Promise.all(
    fontFiles[font].map(async ({ name, file }) => {
      const buffer = await readFile(path.join(process.cwd(), file));
      // Each file is a font of its own to the renderer, which looks for a glyph in one font after another.
      return { name, data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, weight: 400 as const, style: "normal" as const };
    }),
  );
}

/** The fonts to draw a card with these texts; undefined keeps next/og's own. Each font is read once per build. */
export function socialCardFonts(texts: readonly string[]): Promise<CardFont[] | undefined> {
  const font = cardFontFor(texts);
  if (!font) return Promise.resolve(undefined);
  let fonts = loaded.get(font);
  if (!fonts) {
    fonts = load(font);
    loaded.set(font, fonts);
  }
  return fonts;
}
