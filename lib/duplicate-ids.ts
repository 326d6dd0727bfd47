/** The one check that an id is given once in a list (sources, steps, places, sections, …). */
export interface DuplicateId {
  /** The later item's index. */
  index: number;
  id: string;
  /** The index of the item that has the id first. */
  firstIndex: number;
}

/** Every item whose id an earlier item of the list already has, in list order. */
export function duplicateIds<T>(items: readonly T[], idOf: (item: T) => string): DuplicateId[] {
  const first = new Map<string, number>();
  const duplicates: DuplicateId[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    const firstIndex = first.get(id);
    if (firstIndex === undefined) first.set(id, index);
    else duplicates.push({ index, id, firstIndex });
  });
  return duplicates;
}

/** A duplicate as a writer reads it: field "steps[3].id", `"open" is already the id of steps[1]`. */
export function duplicateIdProblems<T>(items: readonly T[], list: string, key: string, idOf: (item: T) => string): { field: string; problem: string }[] {
  return duplicateIds(items, idOf).map(({ index, id, firstIndex }) => ({
    field: `${list}[${index}].${key}`,
    problem: `"${id}" is already the ${key} of ${list}[${firstIndex}]`,
  }));
}
