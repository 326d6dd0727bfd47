/**
 * Reading a translation of a content file. A translation lives at content/<lang>/<same path> and
 * carries words only: the facts (dates, sources, statuses, ids, addresses) come from the English file,
 * so they cannot drift apart. It records, part by part (each word field of a YAML file, each block of
 * an MDX body), the hash of the English text it translates (`translates:`, see translation-hashes.ts).
 * A part whose English changed since, or that the English file has and the translation not yet, is
 * shown in English, marked as such, and listed by `npm run translations`: an English edit never waits
 * for a translation. A broken translation (a fact written in it, a field the English file cannot have,
 * words that are not text) still fails the build, naming the file and the field.
 */
import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "../i18n";
import { ContentError } from "./content-error";
import { formatPath } from "./files";
import { blockHash, EDITION_ONLY, type Translates } from "./translation-hashes";
import type { UntranslatedPart } from "./site-content";

export interface TranslationTarget {
  locale: Exclude<Locale, "en">;
  /** content/<lang>, absolute. */
  dir: string;
  /** The translation files read so far, so that files translating nothing can be named. */
  read: Set<string>;
  /** What shows in English for now, and what translates English that is no longer there. */
  untranslated: UntranslatedPart[];
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
/** A translated list item with `editionOnly: true` exists only in this edition: all of it is written here. */
export const EDITION_ONLY_FIELD = "editionOnly";

export function wordFieldsOf(relativePath: string): ReadonlySet<string> {
  return WORD_FIELDS_BY_FILE[relativePath] ?? WORD_FIELDS;
}

type Segment = string | number;
type Problem = { at: Segment[]; problem: string };

/** What overlaying a translation found: mistakes (which fail the build) and parts shown in English. */
export interface Overlay {
  words: ReadonlySet<string>;
  translates: Translates;
  problems: Problem[];
  /** Paths in the merged data of the word fields shown in English, with the key a writer records them under. */
  untranslated: { at: Segment[]; key: string; hash: string; reason: "new" | "changed" }[];
  /** Translated parts whose English is gone (an item removed, a field dropped). */
  leftovers: { at: Segment[]; problem: string }[];
  /** Paths in the merged data of items that exist only in this edition. */
  editionOnly: Segment[][];
}

export function newOverlay(words: ReadonlySet<string>, translates: Translates): Overlay {
  return { words, translates, problems: [], untranslated: [], leftovers: [], editionOnly: [] };
}

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

const isEditionOnly = (item: unknown) => isRecord(item) && item[EDITION_ONLY_FIELD] === true;

/**
 * The English data with its words replaced by the translation's, where the translation records the
 * hash of the English it translates. `at` is the path in the merged data (as validation names it),
 * `key` the path a writer records the hash under (list items named by their id, else their position).
 */
export function overlayWords(english: unknown, translation: unknown, overlay: Overlay, at: Segment[] = [], key: string[] = []): unknown {
  if (Array.isArray(english)) return overlayList(english, translation, overlay, at, key);
  if (!isRecord(english)) return english;
  if (translation === undefined) return overlayRecord(english, {}, overlay, at, key);
  if (!isRecord(translation)) {
    overlay.problems.push({ at, problem: "must be a block of fields, as in the English file" });
    return english;
  }
  return overlayRecord(english, translation, overlay, at, key);
}

function overlayRecord(english: Record<string, unknown>, translation: Record<string, unknown>, overlay: Overlay, at: Segment[], key: string[]): unknown {
  const result: Record<string, unknown> = { ...english };
  for (const field of Object.keys(translation)) {
    if (field in english) continue;
    if (overlay.words.has(field)) overlay.leftovers.push({ at: [...at, field], problem: "translates a field the English file no longer has: remove it" });
    else overlay.problems.push({ at: [...at, field], problem: "is not in the English file" });
  }
  for (const [field, value] of Object.entries(english)) {
    const translated = translation[field];
    const fieldAt = [...at, field];
    if (typeof value === "string" && overlay.words.has(field)) {
      if (translated === undefined) {
        overlay.untranslated.push({ at: fieldAt, key: [...key, field].join("."), hash: blockHash(value), reason: "new" });
      } else if (typeof translated !== "string" || translated.trim() === "") {
        overlay.problems.push({ at: fieldAt, problem: "must be text" });
      } else if (overlay.translates[[...key, field].join(".")] !== blockHash(value)) {
        overlay.untranslated.push({ at: fieldAt, key: [...key, field].join("."), hash: blockHash(value), reason: "changed" });
      } else if (blanks(translated) !== blanks(value)) {
        overlay.problems.push({ at: fieldAt, problem: `must keep the blanks of the English text (${blanks(value) || "none"})` });
      } else result[field] = translated;
    } else if ((ITEM_KEYS as readonly string[]).includes(field) && typeof value === "string") {
      if (translated !== undefined && translated !== value) overlay.problems.push({ at: fieldAt, problem: `must be "${value}", as in the English file` });
    } else if (typeof value === "object" && value !== null) {
      // A list the English leaves empty may still hold an edition's own items (editionOnly), and nothing else.
      const onlyOwnItems = Array.isArray(translated) && translated.length > 0 && translated.every(isEditionOnly);
      if (translated !== undefined && !hasWords(value, overlay.words) && !onlyOwnItems) {
        overlay.problems.push({ at: fieldAt, problem: "holds no words to translate: remove it (it is taken from the English file)" });
      }
      result[field] = overlayWords(value, translated, overlay, fieldAt, [...key, field]);
    } else if (translated !== undefined) {
      overlay.problems.push({ at: fieldAt, problem: "is a fact, not words: it is taken from the English file, remove it here" });
    }
  }
  return result;
}

/**
 * A list: items with an id (or code, platform) are matched by it, others by position. An item the
 * English has and the translation not is shown in English; a translated item whose English is gone
 * is a leftover; an item marked `editionOnly: true` is this edition's own and follows the item before it.
 */
function overlayList(english: unknown[], translation: unknown, overlay: Overlay, at: Segment[], key: string[]): unknown[] {
  if (translation !== undefined && !Array.isArray(translation)) {
    overlay.problems.push({ at, problem: "must be a list, as in the English file" });
    return english;
  }
  const translated = (translation ?? []) as unknown[];
  const idKey = itemKey(english[0]);
  const ownItems = new Map<number, unknown[]>();
  const matched = new Map<number, unknown>();
  let lastMatched = -1;
  let position = 0;
  translated.forEach((item, index) => {
    if (isEditionOnly(item)) {
      ownItems.set(lastMatched, [...(ownItems.get(lastMatched) ?? []), item]);
      return;
    }
    let englishIndex: number;
    if (idKey) {
      const id = isRecord(item) ? item[idKey] : undefined;
      if (typeof id !== "string") {
        overlay.problems.push({ at: [...at, index], problem: `needs its "${idKey}", to say which item it translates` });
        return;
      }
      englishIndex = english.findIndex((englishItem) => isRecord(englishItem) && englishItem[idKey] === id);
      if (englishIndex < 0) {
        overlay.leftovers.push({ at: [...at, index], problem: `translates the item with ${idKey} "${id}", which the English file no longer has: remove it` });
        return;
      }
    } else {
      englishIndex = position;
      position += 1;
      if (englishIndex >= english.length) {
        overlay.leftovers.push({ at: [...at, index], problem: `is item ${englishIndex + 1}; the English list has ${english.length}: remove it` });
        return;
      }
    }
    matched.set(englishIndex, item);
    lastMatched = englishIndex;
  });

  const result: unknown[] = [];
  const addOwn = (after: number) => {
    for (const own of ownItems.get(after) ?? []) {
      const item = { ...(own as Record<string, unknown>) };
      delete item[EDITION_ONLY_FIELD];
      overlay.editionOnly.push([...at, result.length]);
      result.push(item);
    }
  };
  addOwn(-1);
  english.forEach((item, index) => {
    const name = idKey && isRecord(item) ? String(item[idKey]) : String(index);
    result.push(overlayWords(item, matched.get(index), overlay, [...at, result.length], [...key, name]));
    addOwn(index);
  });
  return result;
}

export function translationPath(target: TranslationTarget, contentDir: string, englishFile: string): string {
  return path.join(target.dir, path.relative(contentDir, englishFile));
}

export function problemsToErrors(problems: Problem[], shown: string): ContentError[] {
  return problems.map(({ at, problem }) => new ContentError(shown, at.length > 0 ? `field "${formatPath(at)}"` : "file", problem));
}

/** What an overlay found that shows in English or is left over, for `npm run translations`. */
export function recordUntranslated(target: TranslationTarget, overlay: Overlay, shown: string, english: string): void {
  for (const part of overlay.untranslated) {
    target.untranslated.push({ file: shown, english, where: `field "${formatPath(part.at)}"`, reason: part.reason, record: `${part.key}: "${part.hash}"` });
  }
  for (const leftover of overlay.leftovers) {
    target.untranslated.push({ file: shown, english, where: `field "${formatPath(leftover.at)}"`, reason: "leftover", record: leftover.problem });
  }
}

/** Translation files that translate no English file (a renamed or deleted English file, a typo): listed, not fatal. */
export async function unmatchedTranslations(target: TranslationTarget, display: (absolute: string) => string): Promise<void> {
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
        target.untranslated.push({
          file: display(absolute),
          english: "",
          where: "file",
          reason: "leftover",
          record: "translates no file of content/: its English file is gone or has another name",
        });
      }
    }
  }
  await walk(target.dir);
}

export { EDITION_ONLY };
