/**
 * The interface's words (navigation, footer, notices, labels): ICU messages as data, one folder per
 * language, `lib/ui-text/<lang>/*.json`, each file holding some features' keys. The languages are the
 * list in lib/i18n.ts: a new language is its folder here, read from disk, with nothing to register.
 * Every language is checked against the English key by key when it is read (check-messages.ts): a
 * missing, extra or misspelt key, or a message whose arguments differ from the English, stops the
 * build naming the file and the key. The story, the timeline and the sources live in content/.
 *
 * Server code reads a message with `formatMessage(locale, "region.pageTitle", { place })`, or, for
 * a message without arguments, `uiTextFor(locale).region.searchLabel` (the same text: a unit test
 * checks that each such message formats to itself). An island gets the messages it needs compiled, as
 * props (island-text.ts), and formats them with the same formatter (format.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defaultLocale, locales, type Locale } from "../i18n";
import { messageProblems, type MessageTree } from "./check-messages";
import { formatIcu, type MessageValues } from "./format";
import type about from "./en/about.json";
import type feed from "./en/feed.json";
import type guide from "./en/guide.json";
import type map from "./en/map.json";
import type object from "./en/object.json";
import type region from "./en/region.json";
import type site from "./en/site.json";
import type sources from "./en/sources.json";
import type timeline from "./en/timeline.json";

/** The shape of every language's messages: the English files' keys. */
export type UiText = typeof about & typeof feed & typeof guide & typeof map & typeof object & typeof region & typeof site & typeof sources & typeof timeline;

/** "region.pageTitle": the key of each message inside groups of keys (lists are read whole). */
type KeysOf<T, Prefix extends string = ""> = {
  [Key in keyof T & string]: T[Key] extends string ? `${Prefix}${Key}` : T[Key] extends readonly unknown[] ? never : KeysOf<T[Key], `${Prefix}${Key}.`>;
}[keyof T & string];
export type MessageKey = KeysOf<UiText>;

/** The folder of a language's messages. Builds and tests run from the project's root. */
export const uiTextDir = (locale: string) => path.join(process.cwd(), "lib", "ui-text", locale);

interface LanguageFiles {
  messages: MessageTree;
  fileOf: Map<string, string>;
}

function readFolder(locale: string): LanguageFiles {
  const dir = uiTextDir(locale);
  const display = (file: string) => path.relative(process.cwd(), path.join(dir, file));
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(".json")).sort();
  } catch {
    throw new Error(`The language "${locale}" is in the list of lib/i18n.ts, but ${display("")} has no messages: copy lib/ui-text/${defaultLocale}/ there and translate it.`);
  }
  const messages: Record<string, MessageTree[string]> = {};
  const fileOf = new Map<string, string>();
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      throw new Error(`${display(file)} is not valid JSON: ${(error as Error).message}`);
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`${display(file)} must hold an object of message groups`);
    for (const [key, value] of Object.entries(parsed)) {
      if (fileOf.has(key)) throw new Error(`${display(file)}: "${key}" is also in ${fileOf.get(key)}`);
      messages[key] = value;
      fileOf.set(key, display(file));
    }
  }
  return { messages, fileOf };
}

/** A language's messages, read and checked against the English. Throws naming every problem. */
export function readMessages(locale: string): UiText {
  const own = readFolder(locale);
  if (locale !== defaultLocale) {
    const english = readFolder(defaultLocale);
    const folder = path.relative(process.cwd(), uiTextDir(locale));
    const fileOf = (key: string) => own.fileOf.get(key) ?? `${folder}/${path.basename(english.fileOf.get(key) ?? `${key}.json`)}`;
    const problems = messageProblems(english.messages, own.messages, fileOf);
    if (problems.length > 0) throw new Error(`The ${locale} messages do not match the English ones:\n${problems.join("\n")}`);
  }
  return own.messages as unknown as UiText;
}

// Read once per build; `npm run dev` reads the files again on each call, so an edit shows on reload.
const cache = new Map<Locale, UiText>();
const rereadEachTime = process.env.NODE_ENV === "development";

/** The interface's words in one language (server code). */
export function uiTextFor(locale: Locale): UiText {
  let messages = rereadEachTime ? undefined : cache.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    if (!rereadEachTime) cache.set(locale, messages);
  }
  return messages;
}

/** English, for the few places that have no language (the global 404 page's metadata). */
export const uiText = uiTextFor(defaultLocale);

/** A message's text by its key ("guide.progress"): the raw ICU message, for an island to compile. */
export function messageText(locale: Locale, key: MessageKey): string {
  let value: unknown = uiTextFor(locale);
  for (const part of key.split(".")) value = (value as Record<string, unknown>)[part];
  if (typeof value !== "string") throw new Error(`No message "${key}" in ${locale}`);
  return value;
}

/** The one way to fill a message's arguments: `formatMessage("ja", "timeline.showingAll", { total: 12 })`. */
export function formatMessage(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  return formatIcu(locale, messageText(locale, key), values);
}

/** How a page gives the wordings reports use for one of LinkedIn's English labels, and names the link to its note on them. */
export interface ReportedWordings {
  /** "（報告されている表記：「…」）" */
  format: (wordings: readonly string[]) => string;
  /** The accessible name of the link to the page's note (components/ReportedLabelsNote.tsx). */
  noteLink: string;
  /** The link's visible mark, as the language calls a note: ※ in Japanese, * in English and French. */
  noteMark: string;
}

export function reportedWordings(locale: Locale): ReportedWordings {
  const text = uiTextFor(locale).guide;
  return {
    format: (wordings) => formatMessage(locale, "guide.reportedLabel", { wording: wordings.join(text.reportedLabelSeparator) }),
    noteLink: text.reportedLabelNoteLink,
    noteMark: text.reportedLabelNoteMark,
  };
}

/** Every language of the list, read and checked (the build reads them all; tests call this). */
export function checkAllLanguages(): void {
  for (const locale of locales) readMessages(locale);
}
