import { sourceShortName, sourceTitle, type CitationNumbering } from "@/lib/citations";
import type { TimelineEntry } from "@/lib/content/site-content";
import { formatDate } from "@/lib/dates";
import { timelineRegionIds } from "@/lib/schemas";
import { localePath, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { MdxContent } from "./mdx/MdxContent";
import { Words } from "./Untranslated";

function regionsText(regions: TimelineEntry["regions"], locale: Locale): string {
  const ui = uiTextFor(locale);
  if (regions.length === timelineRegionIds.length) return ui.timeline.everywhere;
  return regions.map((id) => ui.timelineRegions[id]).join(ui.punctuation.listSeparator);
}

export function TimelineList({ entries, numbering, locale }: { entries: TimelineEntry[]; numbering: CitationNumbering; locale: Locale }) {
  const ui = uiTextFor(locale);
  return (
    <ol className="print-urls m-0 list-none space-y-6 border-l-2 border-slate-300 p-0 pl-5 dark:border-slate-700">
      {entries.map((entry) => {
        const { title, date, dateLabel } = entry.frontmatter;
        const headingId = `${entry.slug}-title`;
        return (
          <li key={entry.slug} id={entry.slug} className="relative">
            <span aria-hidden="true" className="absolute -left-[1.72rem] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-slate-500 dark:border-slate-900 dark:bg-slate-400" />
            <article aria-labelledby={headingId}>
              <p className="m-0 text-sm font-semibold text-slate-700 dark:text-slate-300">
                <time dateTime={date}>{dateLabel ?? formatDate(date, locale)}</time>
              </p>
              <h2 id={headingId} className="mt-1 text-lg leading-snug font-bold">
                <a href={`#${entry.slug}`} className="no-underline hover:underline underline-offset-4">
                  <Words of={entry.frontmatter} field="title" locale={locale}>{title}</Words>
                </a>
              </h2>
              <div className="prose prose-slate dark:prose-invert mt-2 max-w-none">
                <MdxContent code={entry.code} numbering={numbering} locale={locale} />
              </div>
              <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
                <dt className="font-semibold">{ui.timeline.regionsLabel}</dt>
                <dd className="m-0">{regionsText(entry.regions, locale)}</dd>
                <dt className="font-semibold">{ui.timeline.sourcesLabel}</dt>
                <dd className="m-0">
                  <ul className="m-0 list-none p-0">
                    {entry.sourceIds.map((id) => {
                      const source = numbering.sourcesById.get(id);
                      if (!source) return null;
                      return (
                        <li key={id}>
                          <a href={`${localePath(locale, "/sources")}#${id}`} className="inline-block py-0.5 underline underline-offset-4" aria-label={sourceTitle(source)}>
                            {sourceShortName(source, locale)}
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                </dd>
              </dl>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
