/** Reads one MDX file: its frontmatter (validated), its compiled body, and what the compile read from it. */
import "server-only";
import type { z } from "zod";
import type { SourceReference } from "../source-references";
import type { CompiledDocument } from "./site-content";
import { ContentError } from "./content-error";
import { parseYaml, readText, splitFrontmatter, validate, type ReadContext } from "./files";

export interface ReadDocument<F> {
  document: CompiledDocument<F>;
  /** Each <Cite>, named by its file line. */
  citations: SourceReference[];
  /** Links to pages of this site, named by their file line, for the reference checks. */
  siteLinks: { href: string; field: string }[];
}

export async function readMdxFile<F>(context: ReadContext, file: string, schema: z.ZodType<F>): Promise<ReadDocument<F> | null> {
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
  const frontmatter = validate(context, schema, data ?? {}, shown);
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
