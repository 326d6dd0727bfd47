/**
 * The fonts a language's social images need beyond the one next/og ships (Geist Regular, Latin only).
 * Japanese cards are drawn with Noto Sans JP from @fontsource/noto-sans-jp, read from node_modules at
 * build time: never downloaded. Its "japanese" file holds the whole Japanese set (kana, kanji,
 * full-width forms), its "latin" file the rest of a card's text.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "./i18n";

type CardFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };

const fontFiles: Partial<Record<Locale, string[]>> = {
  ja: ["noto-sans-jp-latin-400-normal.woff", "noto-sans-jp-japanese-400-normal.woff"],
};

const loaded = new Map<Locale, Promise<CardFont[] | undefined>>();

async function load(locale: Locale): Promise<CardFont[] | undefined> {
  const files = fontFiles[locale];
  if (!files) return undefined;
  const dir = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-jp", "files");
  return Promise.all(
    files.map(async (file) => {
      const buffer = await readFile(path.join(dir, file));
      // Each file is a font of its own to the renderer, which looks for a glyph in one font after another.
      return { name: `Noto Sans JP ${file.split("-")[3]}`, data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, weight: 400 as const, style: "normal" as const };
    }),
  );
}

/** The fonts to draw a card in `locale` with; undefined keeps next/og's own. Read once per build. */
export function socialCardFonts(locale: Locale): Promise<CardFont[] | undefined> {
  let fonts = loaded.get(locale);
  if (!fonts) {
    fonts = load(locale);
    loaded.set(locale, fonts);
  }
  return fonts;
}
