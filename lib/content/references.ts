/**
 * The checks between files, each written once: every source id names a listed source, every listed
 * source is cited somewhere, every timeline slug and every path on the site that content names
 * (a correction's pages, a link in MDX, a deep link to a heading) exists. A set that is null could
 * not be read (its file has its own mistake), so references into it are not judged until it is fixed.
 */
import "server-only";
import type { Source } from "../schemas";
import type { SourceReference } from "../source-references";
import { ContentError } from "./content-error";
import type { ReadContext } from "./files";

export interface KnownTargets {
  sourceIds: ReadonlySet<string> | null;
  timelineSlugs: ReadonlySet<string> | null;
  /** Upper-case codes of the mapped places. */
  placeCodes: ReadonlySet<string> | null;
  /** The anchors of pages made from content ("/" → the story's heading ids); a page not here is not judged. */
  anchors: ReadonlyMap<string, ReadonlySet<string> | null>;
}

export function checkSourceIds(context: ReadContext, file: string, references: readonly SourceReference[], known: KnownTargets): void {
  if (!known.sourceIds) return;
  for (const { id, field } of references) {
    if (!known.sourceIds.has(id)) context.errors.push(new ContentError(file, field, `names an unknown source id "${id}"`));
  }
}

export function checkTimelineSlugs(context: ReadContext, file: string, references: readonly { slug: string; field: string }[], known: KnownTargets): void {
  if (!known.timelineSlugs) return;
  for (const { slug, field } of references) {
    if (!known.timelineSlugs.has(slug)) {
      context.errors.push(new ContentError(file, field, `names no timeline entry: "${slug}" is not the slug of any file in content/timeline/`));
    }
  }
}

export function checkSitePaths(context: ReadContext, file: string, references: readonly { href: string; field: string }[], known: KnownTargets): void {
  for (const { href, field } of references) {
    const problem = sitePathProblem(href, known);
    if (problem) context.errors.push(new ContentError(file, field, problem));
  }
}

/** Why a path in content/ names nothing on the site, or null when it does (or cannot be judged yet). */
export function sitePathProblem(href: string, known: KnownTargets): string | null {
  const [pathname, anchor] = href.split("#");
  if (pathname === "/timeline" && anchor) {
    return known.timelineSlugs && !known.timelineSlugs.has(anchor)
      ? `names no timeline entry: "${anchor}" is not the slug of any file in content/timeline/`
      : null;
  }
  if (pathname === "/sources" && anchor) {
    return known.sourceIds && !known.sourceIds.has(anchor) ? `names an unknown source id "${anchor}"` : null;
  }
  const region = /^\/region\/([a-z]{2})$/.exec(pathname);
  if (region && known.placeCodes && !known.placeCodes.has(region[1].toUpperCase())) {
    return `names no region page: "${region[1]}" is not a mapped code`;
  }
  const anchors = known.anchors.get(pathname);
  if (anchor && anchors && !anchors.has(anchor)) {
    return `names no heading: "${anchor}" is not a fixed heading id on ${pathname} (write it after the heading as {/*${anchor}*/})`;
  }
  return null;
}

/** Every listed source must be cited somewhere: an uncited one is either a forgotten citation or dead weight. */
export function checkEverySourceCited(context: ReadContext, file: string, sources: readonly Source[], cited: ReadonlySet<string>): void {
  sources.forEach((source, index) => {
    if (!cited.has(source.id)) {
      context.errors.push(new ContentError(file, `field "sources[${index}].id"`, `"${source.id}" is not cited anywhere: cite it or remove it`));
    }
  });
}
