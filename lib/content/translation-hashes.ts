/**
 * What a translation records of the English it translates: for each word field (`steps.open-me-menu.title`)
 * and each block of an MDX body, the first 8 hex digits of the SHA-256 of that English text. A part whose
 * English has changed since no longer matches its hash, and the site shows the English there until the
 * part is translated again.
 */
import { createHash } from "node:crypto";
import { z } from "zod";

export function blockHash(text: string): string {
  return createHash("sha256").update(text.trim()).digest("hex").slice(0, 8);
}

/** In `translates:`, a block or item that exists only in this edition (a fact for its readers, cited). */
export const EDITION_ONLY = "edition-only";

const hash = z.string({ error: "must be the 8-digit hash of the English text it translates" }).regex(/^[0-9a-f]{8}$/, {
  error: "must be the 8-digit hash of the English text it translates",
});

/** `translates:` in a translation: field path → hash; in MDX also `body`, one entry per block of the translation. */
export const translatesSchema = z
  .record(z.string(), z.union([hash, z.array(z.union([hash, z.literal(EDITION_ONLY)]))]))
  .default({});

export type Translates = z.infer<typeof translatesSchema>;
