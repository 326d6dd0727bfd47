/**
 * Which words of a translated page show in English for now: a field whose English changed since it
 * was translated, or that is new. The loader marks them on the objects it returns (content/<lang>/ is
 * read once per build), and components ask, to mark that text `lang="en"` with a notice in the page's
 * language. Nothing is marked on English pages.
 */
const marked = new WeakMap<object, Set<string>>();

export function markUntranslated(record: object, field: string): void {
  const fields = marked.get(record) ?? new Set<string>();
  fields.add(field);
  marked.set(record, fields);
}

/** Whether `record[field]` shows the English words on a page in another language. */
export function isUntranslated(record: object | null | undefined, field: string): boolean {
  return record ? (marked.get(record)?.has(field) ?? false) : false;
}
