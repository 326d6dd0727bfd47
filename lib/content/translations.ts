/**
 * Reading a translation of a content file. A translation lives at content/<lang>/<same path> and
 * carries words only: the facts (dates, sources, statuses, ids, addresses) come from the English file,
 * so they cannot drift apart. Each translation records which version of the English file it
 * translates (`englishHash`, the first 16 hex digits of the English file's SHA-256); the build fails,
 * naming the translation, when the English file has changed since, when a translation is missing, and
 * when a translation says something the English file does not have.
 */
import "server-only";
import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "../i18n";
import { ContentError } from "./content-error";
import { formatPath } from "./files";

export interface TranslationTarget {
  locale: Exclude<Locale, "en">;
  /** content/<lang>, absolute. */
  dir: string;
  /** The translation files read so far, so that files translating nothing can be named. */
  read: Set<string>;
}

/** The hash a translation records: first 16 hex digits of the SHA-256 of the English file. */
export function englishHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Fields that hold words a reader reads; every other field is a fact, taken from the English file. */
const WORD_FIELDS = new Set([
  "name", "tagline", "description", "title", "dateLabel", "text", "intro", "heading", "placesHeading", "placesIntro",
  "templateLine", "device", "note", "alt", "why", "advice", "reason", "caveat", "listLabel", "of", "said",
]);
/** In the bibliography, titles and publishers are quoted as the source gives them: only the notes are ours. */
const WORD_FIELDS_BY_FILE: Record<string, ReadonlySet<string>> = { "sources.yaml": new Set(["note"]) };
/** Keys that say which item of a list a translated item is. */
const ITEM_KEYS = ["id", "code", "platform"] as const;

export function wordFieldsOf(relativePath: string): ReadonlySet<string> {
  return WORD_FIELDS_BY_FILE[relativePath] ?? WORD_FIELDS;
}

type Problem = { at: (string | number)[]; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function hasWords(value: unknown, words: ReadonlySet<string>): boolean {
  if (Array.isArray(value)) return value.some((item) => hasWords(item, words));
  if (!isRecord(value)) return false;
  return Object.entries(value).some(([key, item]) => (typeof item === "string" && words.has(key)) || hasWords(item, words));
}

function itemKey(item: unknown): string | null {
  if (!isRecord(item)) return null;
  return ITEM_KEYS.find((key) => typeof item[key] === "string") ?? null;
}

/** The blanks a template fills ("{law}", "{count}"): a translation keeps the same ones. */
function blanks(text: string): string {
  return [...text.matchAll(/\{[a-zA-Z]+\}/g)].map((match) => match[0]).sort().join(" ");
}

/**
 * The English data with its words replaced by the translation's. Every word field of the English
 * data must be translated; a translated field the English data does not have, or a fact, is a mistake.
 */
export function overlayWords(english: unknown, translation: unknown, words: ReadonlySet<string>, problems: Problem[], at: (string | number)[] = []): unknown {
  if (Array.isArray(english)) {
    if (!hasWords(english, words)) {
      if (translation !== undefined) problems.push({ at, problem: "holds no words to translate: remove it (it is taken from the English file)" });
      return english;
    }
    if (!Array.isArray(translation)) {
      problems.push({ at, problem: translation === undefined ? "is missing" : "must be a list, as in the English file" });
      return english;
    }
    const key = itemKey(english[0]);
    if (key) {
      const byKey = new Map<string, unknown>();
      translation.forEach((item, index) => {
        const id = isRecord(item) ? item[key] : undefined;
        if (typeof id !== "string") problems.push({ at: [...at, index], problem: `needs its "${key}", to say which item it translates` });
        else if (!english.some((englishItem) => isRecord(englishItem) && englishItem[key] === id)) {
          problems.push({ at: [...at, index, key], problem: `"${id}" is not an item of the English file` });
        } else byKey.set(id, item);
      });
      return english.map((item) => {
        const id = isRecord(item) ? String(item[key]) : "";
        const translated = byKey.get(id);
        if (translated === undefined && hasWords(item, words)) {
          problems.push({ at, problem: `has no translation of the item with ${key} "${id}"` });
          return item;
        }
        const index = translation.indexOf(translated);
        return overlayWords(item, translated, words, problems, [...at, index]);
      });
    }
    if (translation.length !== english.length) {
      problems.push({ at, problem: `has ${translation.length} items; the English file has ${english.length}, in the same order` });
      return english;
    }
    return english.map((item, index) => overlayWords(item, translation[index], words, problems, [...at, index]));
  }

  if (isRecord(english)) {
    if (translation === undefined) {
      if (hasWords(english, words)) problems.push({ at, problem: "is missing" });
      return english;
    }
    if (!isRecord(translation)) {
      problems.push({ at, problem: "must be a block of fields, as in the English file" });
      return english;
    }
    const result: Record<string, unknown> = { ...english };
    for (const key of Object.keys(translation)) {
      if (!(key in english)) problems.push({ at: [...at, key], problem: "is not in the English file" });
    }
    for (const [key, value] of Object.entries(english)) {
      const translated = translation[key];
      if (typeof value === "string" && words.has(key)) {
        if (typeof translated !== "string" || translated.trim() === "") {
          problems.push({ at: [...at, key], problem: translated === undefined ? "is missing" : "must be text" });
        } else if (blanks(translated) !== blanks(value)) {
          problems.push({ at: [...at, key], problem: `must keep the blanks of the English text (${blanks(value) || "none"})` });
        } else result[key] = translated;
      } else if ((ITEM_KEYS as readonly string[]).includes(key) && typeof value === "string") {
        if (translated !== undefined && translated !== value) problems.push({ at: [...at, key], problem: `must be "${value}", as in the English file` });
      } else if (typeof value === "object" && value !== null) {
        result[key] = overlayWords(value, translated, words, problems, [...at, key]);
      } else if (translated !== undefined) {
        problems.push({ at: [...at, key], problem: "is a fact, not words: it is taken from the English file, remove it here" });
      }
    }
    return result;
  }
  return english;
}

export function translationPath(target: TranslationTarget, contentDir: string, englishFile: string): string {
  return path.join(target.dir, path.relative(contentDir, englishFile));
}

/** The hash check: stale when the English file changed after the translation was made. */
export function checkEnglishHash(recorded: unknown, englishText: string, shownTranslation: string, shownEnglish: string): ContentError | null {
  const current = englishHash(englishText);
  if (typeof recorded !== "string") {
    return new ContentError(shownTranslation, `field "englishHash"`, `is missing: record the version of ${shownEnglish} it translates (englishHash: "${current}")`);
  }
  if (recorded !== current) {
    return new ContentError(
      shownTranslation,
      `field "englishHash"`,
      `is out of date: ${shownEnglish} has changed since it was translated (it was "${recorded}", the English file is now "${current}"); update the translation, then englishHash`,
    );
  }
  return null;
}

export function problemsToErrors(problems: Problem[], shown: string): ContentError[] {
  return problems.map(({ at, problem }) => new ContentError(shown, at.length > 0 ? `field "${formatPath(at)}"` : "file", problem));
}

/** Translation files that translate no English file (a renamed or deleted English file, a typo). */
export async function unmatchedTranslations(target: TranslationTarget, display: (absolute: string) => string): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(absolute);
      else if (/\.(ya?ml|mdx)$/.test(entry.name) && !target.read.has(absolute)) {
        errors.push(new ContentError(display(absolute), "file", "translates no file of content/: its English file is missing or has another name"));
      }
    }
  }
  await walk(target.dir);
  return errors;
}
