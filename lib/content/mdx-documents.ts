/** Reads one MDX file: its frontmatter (validated), its compiled body, and what the compile read from it. */
import "server-only";
import type { z } from "zod";
import type { SourceReference } from "../source-references";
import type { CompiledDocument } from "./site-content";
import { ContentError } from "./content-error";
import { parseYaml, readText, splitFrontmatter, validate, type ReadContext } from "./files";
import { checkEnglishHash, overlayWords, problemsToErrors, translationPath, wordFieldsOf } from "./translations";

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
  return compileMdx(context, source, validate(context, schema, source.data ?? {}, source.shown));
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
 * A translated MDX file: the English frontmatter's facts with the translation's words, and the
 * translation's body, which must cite the same sources and keep the same heading ids as the English
 * body (links into a page work in every language).
 */
async function readTranslatedMdxFile<F>(context: ReadContext, file: string, schema: z.ZodType<F>): Promise<ReadDocument<F> | null> {
  const target = context.translation!;
  const english = await readMdxSource(context, file);
  const translationFile = translationPath(target, context.contentDir, file);
  target.read.add(translationFile);
  if (!english || validate(context, schema, english.data ?? {}, english.shown) === null) return null;
  const translation = await readMdxSource(context, translationFile);
  if (!translation) return null;
  const shown = translation.shown;
  const { englishHash: recorded, ...words } = (translation.data ?? {}) as Record<string, unknown>;
  const stale = checkEnglishHash(recorded, english.text, shown, english.shown);
  if (stale) context.errors.push(stale);
  const problems: Parameters<typeof overlayWords>[3] = [];
  const data = overlayWords(english.data ?? {}, words, wordFieldsOf("frontmatter"), problems);
  context.errors.push(...problemsToErrors(problems, shown));
  const frontmatter = stale || problems.length > 0 ? null : validate(context, schema, data, shown);
  const read = await compileMdx(context, translation, frontmatter);
  const englishRead = read ? await compileMdx({ ...context, errors: [] }, english, frontmatter) : null;
  if (!read || !englishRead) return read;
  const missing = (have: readonly string[], want: readonly string[]) => want.filter((item) => !have.includes(item));
  const uncited = missing(read.document.citedInBody, englishRead.document.citedInBody);
  const extraCited = missing(englishRead.document.citedInBody, read.document.citedInBody);
  const lostIds = missing(read.document.headingIds, englishRead.document.headingIds);
  const extraIds = missing(englishRead.document.headingIds, read.document.headingIds);
  const mismatch = [
    uncited.length > 0 && `does not cite ${uncited.map((id) => `"${id}"`).join(", ")}, as ${english.shown} does`,
    extraCited.length > 0 && `cites ${extraCited.map((id) => `"${id}"`).join(", ")}, which ${english.shown} does not`,
    lostIds.length > 0 && `has no heading with the id ${lostIds.map((id) => `"${id}"`).join(", ")}, as ${english.shown} has`,
    extraIds.length > 0 && `has heading ids ${extraIds.map((id) => `"${id}"`).join(", ")}, which ${english.shown} does not`,
  ].filter((problem): problem is string => typeof problem === "string");
  for (const problem of mismatch) context.errors.push(new ContentError(shown, "body", problem));
  return mismatch.length > 0 ? null : read;
}

async function compileMdx<F>(context: ReadContext, source: MdxSource, frontmatter: F | null): Promise<ReadDocument<F> | null> {
  const { shown, parts } = source;
  let compiled;
  try {
    compiled = await context.compiler.compile(parts.body, shown);
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
