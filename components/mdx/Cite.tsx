import { sourceTitle, type CitationNumbering } from "@/lib/citations";
import { localePath, type Locale } from "@/lib/i18n";
import { formatMessage } from "@/lib/ui-text";

/** A small numbered link to a source's entry on /sources, named for screen readers. */
export function Cite({ id, numbering, locale }: { id: string; numbering: CitationNumbering; locale: Locale }) {
  const source = numbering.sourcesById.get(id);
  const number = numbering.numbers.get(id);
  // The loader has already rejected unknown ids with their file and line; this guards the invariant.
  if (!source || number === undefined) throw new Error(`<Cite id="${id}"> names no known source`);
  return (
    <sup className="cite">
      <a
        href={`${localePath(locale, "/sources")}#${id}`}
        aria-label={formatMessage(locale, "cite.label", { number, source: sourceTitle(source) })}
        className="px-0.5 font-sans text-[0.75em] font-semibold no-underline text-sky-800 hover:underline focus-visible:underline dark:text-sky-300"
      >
        [{number}]
      </a>
    </sup>
  );
}
