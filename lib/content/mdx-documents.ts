/** Reads one MDX file: its frontmatter (validated), its compiled body, and what the compile read from it. */
import "server-only";
import { access } from "node:fs/promises";
import type { z } from "zod";
import type { SourceReference } from "../source-references";
import type { CompiledDocument } from "./site-content";
import { ContentError } from "./content-error";
import { markOverlay, parseYaml, readText, splitFrontmatter, validate, type ReadContext } from "./files";
import { dataWithLabels, withLabels } from "./labels";
import { describeBlock, mdxBlocks, type MdxBlock } from "./mdx-blocks";
import { EDITION_ONLY, translatesSchema, type Translates } from "./translation-hashes";
import { newOverlay, overlayWords, problemsToErrors, recordUntranslated, translationPath, wordFieldsOf } from "./translations";

export interface ReadDocument<F> {
  document: CompiledDocument<F>;
  /** Each <Cite>, named by its file line. */
  citations: SourceReference[];
  /** Links to pages of this site, named by their file line, for the reference checks. */
  siteLinks: { href: string; field: string }[];
}

export async function readMdxFile<F>(context: ReadContext, file: string, schema: z.ZodType<F>): Promise<ReadDocument<F> | null> {
  if (context.translation) return readTranslatedMdxFile(context, file, schema);
  const source = await readMdxSource(context, file);
  if (!source) return null;
  return compileMdx(context, source, validate(context, schema, dataWithLabels(context, source.data ?? {}, source.shown), source.shown));
}

interface MdxSource {
  shown: string;
  text: string;
  data: unknown;
  parts: { body: string; bodyStartLine: number };
}

async function readMdxSource(context: ReadContext, file: string): Promise<MdxSource | null> {
  const shown = context.display(file);
  const text = await readText(context, file);
  if (text === null) return null;
  const parts = splitFrontmatter(text);
  if (!parts) {
    context.errors.push(new ContentError(shown, "frontmatter", "is missing: start the file with a block between two --- lines"));
    return null;
  }
  const data = parseYaml(context, parts.frontmatter, shown);
  if (data === undefined) return null;
  return { shown, text, data, parts };
}

/**
 * A translated MDX file: the English frontmatter's facts with the translation's words, and a body
 * made block by block: each English block (a paragraph, a heading, a list, a component) is replaced by
 * the translation's block that records its hash in `translates.body`, and shows in English, marked
 * (`<Untranslated>`), where none does. A translated block cites the same sources and keeps the same
 * heading id as its English block; a block marked edition-only is the translation's own.
 */
async function readTranslatedMdxFile<F>(context: ReadContext, file: string, schema: z.ZodType<F>): Promise<ReadDocument<F> | null> {
  const target = context.translation!;
  const english = await readMdxSource(context, file);
  const translationFile = translationPath(target, context.contentDir, file);
  target.read.add(translationFile);
  if (!english || validate(context, schema, dataWithLabels(context, english.data ?? {}, english.shown), english.shown) === null) return null;
  const words = wordFieldsOf("frontmatter");
  let translation: MdxSource | null = null;
  let recorded: Translates = {};
  let translatedWords: unknown = undefined;
  try {
    await access(translationFile);
    translation = await readMdxSource(context, translationFile);
    if (!translation) return null;
    const { translates, ...rest } = (translation.data ?? {}) as Record<string, unknown>;
    const valid = validate(context, translatesSchema, translates, translation.shown);
    if (valid === null) return null;
    recorded = valid;
    translatedWords = rest;
  } catch {
    target.untranslated.push({
      file: context.display(translationFile),
      english: english.shown,
      where: "file",
      reason: "new",
      record: `not translated yet: the whole of ${english.shown} shows in English`,
    });
  }
  const shown = translation?.shown ?? context.display(translationFile);
  const overlay = newOverlay(words, recorded);
  const data = overlayWords(english.data ?? {}, translatedWords, overlay);
  context.errors.push(...problemsToErrors(overlay.problems, shown));
  if (translation) recordUntranslated(target, overlay, shown, english.shown);
  const body = composeBody(context, english, translation, recorded, shown);
  if (overlay.problems.length > 0 || body === null) return null;
  const frontmatter = validate(context, schema, dataWithLabels(context, data, shown), shown);
  if (frontmatter !== null) markOverlay(frontmatter, overlay);
  return compileMdx(context, { ...(translation ?? english), shown, parts: body }, frontmatter);
}

/** The translated body, with the English of every block not (or no longer) translated; null after a recorded mistake. */
function composeBody(context: ReadContext, english: MdxSource, translation: MdxSource | null, recorded: Translates, shown: string): MdxSource["parts"] | null {
  const target = context.translation!;
  const englishBlocks = blocksOf(context, english);
  if (!englishBlocks) return null;
  if (!translation) return { body: untranslated(englishBlocks.map((block) => block.text)), bodyStartLine: english.parts.bodyStartLine };
  const translatedBlocks = blocksOf(context, translation);
  if (!translatedBlocks) return null;
  const hashes = Array.isArray(recorded.body) ? recorded.body : [];
  const line = (block: MdxBlock) => `line ${translation.parts.bodyStartLine + block.line - 1}`;
  const matched = new Map<number, MdxBlock>();
  const own = new Map<number, MdxBlock[]>();
  let lastMatched = -1;
  let leftovers = 0;
  let broken = false;
  translatedBlocks.forEach((block, index) => {
    const hash = hashes[index];
    if (hash === EDITION_ONLY) {
      if (block.kind !== "heading" && block.citations.length === 0) {
        context.errors.push(new ContentError(shown, line(block), "is marked edition-only: a fact for this edition's readers cites its source (<Cite id=\"…\" />)"));
        broken = true;
      }
      own.set(lastMatched, [...(own.get(lastMatched) ?? []), block]);
      return;
    }
    const englishIndex = englishBlocks.findIndex((candidate, i) => candidate.hash === hash && !matched.has(i));
    if (englishIndex < 0) {
      leftovers += 1;
      target.untranslated.push({
        file: shown,
        english: english.shown,
        where: describeBlock(block, translation.parts.bodyStartLine),
        reason: "leftover",
        record: hash === undefined ? "records no hash in translates.body" : `translates English that changed or is gone (it recorded "${hash}")`,
      });
      return;
    }
    const englishBlock = englishBlocks[englishIndex];
    if (englishBlock.citations.join(" ") !== block.citations.join(" ")) {
      context.errors.push(new ContentError(shown, line(block), `must cite ${englishBlock.citations.map((id) => `"${id}"`).join(", ") || "no source"}, as its English block does (${english.shown}, ${describeBlock(englishBlock, english.parts.bodyStartLine)})`));
      broken = true;
    }
    if (englishBlock.headingId !== block.headingId) {
      context.errors.push(new ContentError(shown, line(block), englishBlock.headingId ? `must keep the heading id {/*${englishBlock.headingId}*/} of its English block` : "translates a block that is not a heading"));
      broken = true;
    }
    matched.set(englishIndex, block);
    lastMatched = englishIndex;
  });
  if (broken) return null;

  const pieces: string[] = [];
  let englishRun: string[] = [];
  const flush = () => {
    if (englishRun.length > 0) pieces.push(untranslated(englishRun));
    englishRun = [];
  };
  const addOwn = (after: number) => {
    const blocks = own.get(after) ?? [];
    if (blocks.length > 0) flush();
    pieces.push(...blocks.map((block) => block.text));
  };
  addOwn(-1);
  englishBlocks.forEach((block, index) => {
    const translated = matched.get(index);
    if (translated) {
      flush();
      pieces.push(translated.text);
    } else {
      englishRun.push(block.text);
      target.untranslated.push({
        file: shown,
        english: english.shown,
        where: describeBlock(block, english.parts.bodyStartLine),
        reason: leftovers > 0 ? "changed" : "new",
        record: `translate it, then record "${block.hash}" at its place in translates.body`,
      });
    }
    addOwn(index);
  });
  flush();
  // Fully translated: the translation's own text, so messages name its own lines.
  if (matched.size === englishBlocks.length && leftovers === 0) return translation.parts;
  return { body: pieces.join("\n\n") + "\n", bodyStartLine: translation.parts.bodyStartLine };
}

/** English blocks shown in a translated page, marked for the reader (components/mdx/Untranslated.tsx). */
function untranslated(blocks: string[]): string {
  return `<Untranslated>\n\n${blocks.join("\n\n")}\n\n</Untranslated>\n`;
}

function blocksOf(context: ReadContext, source: MdxSource): MdxBlock[] | null {
  try {
    return mdxBlocks(source.parts.body);
  } catch (error) {
    context.errors.push(new ContentError(source.shown, "body", error instanceof Error ? error.message : String(error)));
    return null;
  }
}

async function compileMdx<F>(context: ReadContext, source: MdxSource, frontmatter: F | null): Promise<ReadDocument<F> | null> {
  const { shown, parts } = source;
  let compiled;
  try {
    // LinkedIn's labels in place (one line each: the lines messages name stay the file's).
    compiled = await context.compiler.compile(withLabels(context, parts.body, shown, "body"), shown);
  } catch (error) {
    context.errors.push(new ContentError(shown, "body", error instanceof Error ? error.message.replace(`${shown}: `, "") : String(error)));
    return null;
  }
  const fileLine = (line: number) => parts.bodyStartLine + line - 1;
  const { analysis } = compiled;
  for (const problem of analysis.problems) {
    context.errors.push(new ContentError(shown, `line ${fileLine(problem.line)}, ${problem.what}`, problem.problem));
  }
  if (!frontmatter || analysis.problems.length > 0) return null;
  const citedInBody = [...new Set(analysis.citations.map((citation) => citation.id))];
  return {
    document: {
      file: shown,
      frontmatter,
      code: compiled.code,
      citedInBody,
      headingIds: analysis.headingIds,
      paragraphs: analysis.paragraphs,
    },
    // The first <Cite> of each id is enough to find a wrong one.
    citations: citedInBody.map((id) => {
      const line = analysis.citations.find((citation) => citation.id === id)!.line;
      return { id, field: `line ${fileLine(line)}, <Cite id="${id}">` };
    }),
    siteLinks: analysis.siteLinks.map(({ href, line }) => ({ href, field: `line ${fileLine(line)}, link "${href}"` })),
  };
}
