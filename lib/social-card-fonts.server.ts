/**
 * The files of the fonts a card may need beyond the one next/og ships (Geist Regular, Latin only),
 * by lib/social-card.ts's extraCardFonts. Noto Sans JP comes from @fontsource/noto-sans-jp, read
 * from node_modules at build time: never downloaded. Its "japanese" file holds the whole Japanese set
 * (kana, kanji, full-width forms), its "latin" file the rest of a card's text.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cardFontFor, type ExtraCardFont } from "./social-card";

type CardFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };

const fontFiles: Record<ExtraCardFont, { dir: string; name: string; files: string[] }> = {
  "noto-sans-jp": {
    dir: path.join("node_modules", "@fontsource", "noto-sans-jp", "files"),
    name: "Noto Sans JP",
    files: ["noto-sans-jp-latin-400-normal.woff", "noto-sans-jp-japanese-400-normal.woff"],
  },
};

const loaded = new Map<ExtraCardFont, Promise<CardFont[]>>();

async function load(font: ExtraCardFont): Promise<CardFont[]> {
  const { dir, name, files } = fontFiles[font];
  return Promise.all(
    files.map(async (file) => {
      const buffer = await readFile(path.join(process.cwd(), dir, file));
      // Each file is a font of its own to the renderer, which looks for a glyph in one font after another.
      return { name: `${name} ${file.split("-").at(-3)}`, data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, weight: 400 as const, style: "normal" as const };
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
