import type { Source } from "./schemas";

/** Numbers a page's sources 1, 2, 3… in the order they are first cited. */
export function numberCitations(idsInOrder: readonly string[], sourcesById: ReadonlyMap<string, Source>) {
  const numbers = new Map<string, number>();
  for (const id of idsInOrder) {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return { numbers, sourcesById };
}
