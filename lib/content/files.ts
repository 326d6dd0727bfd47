/**
 * Reading one content file: its text, its YAML (or an MDX file's frontmatter), validated with a
 * schema from lib/schemas/. Every mistake becomes a ContentError naming the file and the field.
 */
import "server-only";
import { access, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { ContentError } from "./content-error";
import type { MdxCompiler } from "./mdx-compiler";
import { markUntranslated } from "../untranslated";
import { dataWithLabels } from "./labels";
import { translatesSchema } from "./translation-hashes";
import { newOverlay, overlayWords, problemsToErrors, recordUntranslated, translationPath, wordFieldsOf, type Overlay, type TranslationTarget } from "./translations";

/** What every reader needs: where content is, how to name a file in a message, where mistakes go. */
export interface ReadContext {
  contentDir: string;
  /** A file's path as messages show it ("content/story.mdx"). */
  display(absolute: string): string;
  errors: ContentError[];
  compiler: MdxCompiler;
  /** Set when reading another language: each file's words then come from its translation. */
  translation?: TranslationTarget;
  /** LinkedIn's labels by name (content/guide/linkedin-labels.yaml), put in place of <Label name="…" />. */
  labels?: Readonly<Record<string, string>>;
}

export function contentPath(context: ReadContext, ...segments: string[]): string {
  return path.join(context.contentDir, ...segments);
}

export async function listFiles(context: ReadContext, dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    context.errors.push(new ContentError(context.display(dir), "folder", "is missing"));
    return [];
  }
}

export async function readText(context: ReadContext, file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch {
    context.errors.push(new ContentError(context.display(file), "file", "is missing or unreadable"));
    return null;
  }
}

/** undefined when the YAML cannot be read (the mistake is recorded). */
export function parseYaml(context: ReadContext, text: string, shown: string): unknown {
  // YAML 1.2's core schema: dates stay strings, so "2024-13-45" is caught rather than rolled over.
  const document = YAML.parseDocument(text, { schema: "core", prettyErrors: true });
  if (document.errors.length > 0) {
    context.errors.push(new ContentError(shown, "YAML", `cannot be read: ${document.errors[0].message}`));
    return undefined;
  }
  return document.toJS();
}

export function validate<T>(context: ReadContext, schema: z.ZodType<T>, data: unknown, shown: string): T | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const where = issue.path.length > 0 ? `field "${formatPath(issue.path)}"` : "file";
    context.errors.push(new ContentError(shown, where, describeIssue(issue)));
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  if (issue.code === "invalid_type" && issue.input === undefined) return "is missing";
  return issue.message;
}

/** ["steps", 0, "sources"] → "steps[0].sources", as a writer finds it in the file. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

export async function readYamlFile<T>(context: ReadContext, file: string, schema: z.ZodType<T>): Promise<T | null> {
  const text = await readText(context, file);
  if (text === null) return null;
  const shown = context.display(file);
  const data = parseYaml(context, text, shown);
  if (data === undefined) return null;
  const english = validate(context, schema, dataWithLabels(context, data, shown), shown);
  // A mistake in the English file is reported there, once: its translation is judged when it is fixed.
  if (!context.translation || english === null) return english;
  // The translation is matched against the English as written (labels by name), so a renamed label stales nothing.
  const translated = await readTranslatedYaml(context, context.translation, file, data);
  if (translated === undefined) return null;
  const result = validate(context, schema, dataWithLabels(context, translated.data, translated.shown), translated.shown);
  if (result !== null) markOverlay(result, translated.overlay);
  return result;
}

/** Reads a file of a language that may leave it out (its own labels, readings): null when it is not there. */
export async function readOptionalYamlFile<T>(context: ReadContext, file: string, schema: z.ZodType<T>): Promise<T | null> {
  try {
    await access(file);
  } catch {
    return null;
  }
  return readYamlFile(context, file, schema);
}

/** The translation file's text; null (and nothing recorded) when the language has no translation of the file yet. */
async function readTranslationText(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return null;
  }
}

/** The English file's data with the translation's words in place; undefined after a recorded mistake. */
async function readTranslatedYaml(
  context: ReadContext,
  target: TranslationTarget,
  englishFile: string,
  englishData: unknown,
): Promise<{ data: unknown; shown: string; overlay: Overlay } | undefined> {
  const file = translationPath(target, context.contentDir, englishFile);
  target.read.add(file);
  const shown = context.display(file);
  const englishShown = context.display(englishFile);
  const words = wordFieldsOf(path.relative(context.contentDir, englishFile));
  const text = await readTranslationText(file);
  if (text === null) {
    const overlay = newOverlay(words, {});
    const data = overlayWords(englishData, undefined, overlay);
    target.untranslated.push({ file: shown, english: englishShown, where: "file", reason: "new", record: `not translated yet: the whole of ${englishShown} shows in English` });
    return { data, shown, overlay };
  }
  const data = parseYaml(context, text, shown);
  if (data === undefined) return undefined;
  if (!isRecord(data)) {
    context.errors.push(new ContentError(shown, "file", "must be a block of fields, as the English file is"));
    return undefined;
  }
  const { translates, ...translatedWords } = data;
  const recorded = validate(context, translatesSchema, translates, shown);
  if (recorded === null) return undefined;
  const overlay = newOverlay(words, recorded);
  const merged = overlayWords(englishData, translatedWords, overlay);
  context.errors.push(...problemsToErrors(overlay.problems, shown));
  recordUntranslated(target, overlay, shown, englishShown);
  return overlay.problems.length > 0 ? undefined : { data: merged, shown, overlay };
}

/** Marks, on the validated data, the fields that show in English. */
export function markOverlay(data: unknown, overlay: Overlay): void {
  for (const { at } of overlay.untranslated) {
    const parent = at.slice(0, -1).reduce<unknown>((value, segment) => (isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment] : undefined), data);
    if (typeof parent === "object" && parent !== null) markUntranslated(parent, String(at.at(-1)));
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An MDX file's frontmatter block and body, with the file line the body starts on. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyStartLine: number } | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  return { frontmatter: match[1], body: text.slice(match[0].length), bodyStartLine: match[0].split("\n").length };
}
