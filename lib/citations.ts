/** How a source is named wherever it is cited, and how a page numbers its citations: each written once. */
import { formatDate } from "./dates";
import type { Locale } from "./i18n";
import type { Source } from "./schemas";
import { formatMessage } from "./ui-text";

/** Source id → its number on a page, with the sources to name them. */
export interface CitationNumbering {
  numbers: ReadonlyMap<string, number>;
  sourcesById: ReadonlyMap<string, Source>;
}

/** Numbers a page's sources 1, 2, 3… in the order they are first cited. */
export function numberCitations(idsInOrder: readonly string[], sourcesById: ReadonlyMap<string, Source>): CitationNumbering {
  const numbers = new Map<string, number>();
  for (const id of idsInOrder) {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return { numbers, sourcesById };
}

/** A source in full: `Publisher, “Title”`. */
export function sourceTitle(source: Pick<Source, "publisher" | "title">): string {
  return `${source.publisher}, “${source.title}”`;
}

/** A source in a list of several: `Publisher, 18 September 2024`. */
export function sourceShortName(source: Pick<Source, "publisher" | "date">, locale: Locale = "en"): string {
  return formatMessage(locale, "cite.sourceShortName", { publisher: source.publisher, date: formatDate(source.date, locale) });
}
