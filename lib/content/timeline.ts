/** content/timeline/*.mdx: one event per file, in date order, each with a unique slug. */
import "server-only";
import path from "node:path";
import { timelineFrontmatterSchema } from "../schemas";
import type { SourceReference } from "../source-references";
import { compareTimelineEntries, expandRegions } from "../timeline";
import type { TimelineEntry } from "./site-content";
import { ContentError } from "./content-error";
import { contentPath, listFiles, type ReadContext } from "./files";
import { readMdxFile } from "./mdx-documents";
import { sourceReferences } from "../source-references";

export interface ReadTimeline {
  entries: TimelineEntry[];
  /** null when a file could not be read: its slug is unknown, so links to it cannot be judged yet. */
  slugs: ReadonlySet<string> | null;
  /** Per file: its frontmatter sources and its <Cite>s. */
  references: { file: string; references: SourceReference[] }[];
  siteLinks: { file: string; href: string; field: string }[];
}

export async function readTimeline(context: ReadContext): Promise<ReadTimeline> {
  const dir = contentPath(context, "timeline");
  const names = (await listFiles(context, dir)).filter((name) => name.endsWith(".mdx")).sort();
  const result: ReadTimeline = { entries: [], slugs: null, references: [], siteLinks: [] };
  const slugOwners = new Map<string, string>();
  let everyFileRead = true;
  for (const name of names) {
    const read = await readMdxFile(context, path.join(dir, name), timelineFrontmatterSchema);
    if (!read) {
      everyFileRead = false;
      continue;
    }
    const { document } = read;
    const { slug } = document.frontmatter;
    const owner = slugOwners.get(slug);
    if (owner) {
      context.errors.push(new ContentError(document.file, `field "slug"`, `"${slug}" is already the anchor of ${owner}`));
      continue;
    }
    slugOwners.set(slug, document.file);
    result.entries.push({
      ...document,
      slug,
      regions: expandRegions(document.frontmatter.regions),
      sourceIds: [...new Set([...document.frontmatter.sources, ...document.citedInBody])],
    });
    result.references.push({ file: document.file, references: [...sourceReferences(document.frontmatter), ...read.citations] });
    result.siteLinks.push(...read.siteLinks.map((link) => ({ file: document.file, ...link })));
  }
  result.entries.sort(compareTimelineEntries);
  if (everyFileRead) result.slugs = new Set(slugOwners.keys());
  return result;
}
