/**
 * Reading one content file: its text, its YAML (or an MDX file's frontmatter), validated with a
 * schema from lib/schemas.ts. Every mistake becomes a ContentError naming the file and the field.
 */
import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { ContentError } from "./content-error";
import type { MdxCompiler } from "./mdx-compiler";
import { checkEnglishHash, overlayWords, problemsToErrors, translationPath, wordFieldsOf, type TranslationTarget } from "./translations";

/** What every reader needs: where content is, how to name a file in a message, where mistakes go. */
export interface ReadContext {
  contentDir: string;
  /** A file's path as messages show it ("content/story.mdx"). */
  display(absolute: string): string;
  errors: ContentError[];
  compiler: MdxCompiler;
  /** Set when reading another language: each file's words then come from its translation. */
  translation?: TranslationTarget;
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
  const english = validate(context, schema, data, shown);
  // A mistake in the English file is reported there, once: its translation is judged when it is fixed.
  if (!context.translation || english === null) return english;
  const translated = await readTranslatedYaml(context, context.translation, file, text, data);
  if (translated === undefined) return null;
  return validate(context, schema, translated.data, translated.shown);
}

/** The English file's data with the translation's words in place; undefined after a recorded mistake. */
async function readTranslatedYaml(
  context: ReadContext,
  target: TranslationTarget,
  englishFile: string,
  englishText: string,
  englishData: unknown,
): Promise<{ data: unknown; shown: string } | undefined> {
  const file = translationPath(target, context.contentDir, englishFile);
  target.read.add(file);
  const shown = context.display(file);
  const text = await readText(context, file);
  if (text === null) return undefined;
  const data = parseYaml(context, text, shown);
  if (data === undefined) return undefined;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    context.errors.push(new ContentError(shown, "file", "must be a block of fields, as the English file is"));
    return undefined;
  }
  const { englishHash: recorded, ...words } = data as Record<string, unknown>;
  const stale = checkEnglishHash(recorded, englishText, shown, context.display(englishFile));
  if (stale) context.errors.push(stale);
  const problems: Parameters<typeof overlayWords>[3] = [];
  const merged = overlayWords(englishData, words, wordFieldsOf(path.relative(context.contentDir, englishFile)), problems);
  context.errors.push(...problemsToErrors(problems, shown));
  return stale || problems.length > 0 ? undefined : { data: merged, shown };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An MDX file's frontmatter block and body, with the file line the body starts on. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyStartLine: number } | null {
  const match = FRONTMATTER.exec(text);
  if (!match) return null;
  return { frontmatter: match[1], body: text.slice(match[0].length), bodyStartLine: match[0].split("\n").length };
}
