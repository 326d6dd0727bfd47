import type { CitingPlace } from "@/lib/cited-in";
import { formatDate } from "@/lib/dates";
import type { Source } from "@/lib/schemas";
import type { Locale } from "@/lib/i18n";
import { formatMessage, uiTextFor } from "@/lib/ui-text";

/** The bibliography, oldest first, each entry an anchor (/sources#<id>) that citations link to. */
export function SourceList({ sources, citedIn, locale }: { sources: Source[]; citedIn: ReadonlyMap<string, CitingPlace[]>; locale: Locale }) {
  const uiText = uiTextFor(locale);
  const ordered = [...sources].sort((a, b) => a.date.localeCompare(b.date) || a.publisher.localeCompare(b.publisher));
  return (
    <ol className="mt-8 list-none space-y-6 p-0">
      {ordered.map((source) => (
        <li key={source.id} id={source.id} className="rounded-md border border-slate-200 p-4 dark:border-slate-700">
          <p className="m-0 text-sm font-semibold text-slate-700 dark:text-slate-300">{source.publisher}</p>
          <h2 className="mt-1 text-base leading-snug font-bold">
            <a href={source.url} className="break-words underline underline-offset-4" rel="noreferrer">
              {source.title}
            </a>
          </h2>
          <dl className="mt-2 grid grid-cols-1 gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere] sm:grid-cols-[auto_minmax(0,1fr)]">
            <dt className="font-semibold">{uiText.sources.published}</dt>
            <dd className="m-0">
              <time dateTime={source.date}>{formatDate(source.date, locale)}</time>
            </dd>
            <dt className="font-semibold">{uiText.sources.address}</dt>
            <dd className="m-0 break-all text-slate-700 dark:text-slate-300">{source.url}</dd>
            {source.archiveUrl ? (
              <>
                <dt className="font-semibold">{uiText.sources.archived}</dt>
                <dd className="m-0 break-all">
                  <a href={source.archiveUrl} className="underline underline-offset-4" rel="noreferrer">
                    {source.archiveUrl}
                  </a>
                </dd>
              </>
            ) : null}
            {source.recordedVersion ? (
              <>
                <dt className="font-semibold">{uiText.sources.versionRead}</dt>
                <dd className="m-0">
                  <a href={source.recordedVersion.url} className="underline underline-offset-4" rel="noreferrer">
                    {formatMessage(locale, "sources.recordedOn", { date: formatDate(source.recordedVersion.date, locale) })}
                  </a>
                </dd>
              </>
            ) : null}
            <dt className="font-semibold">{uiText.sources.reliability}</dt>
            <dd className="m-0">{uiText.sources.confidence[source.confidence]}</dd>
            {source.note ? (
              <>
                <dt className="font-semibold">{uiText.sources.note}</dt>
                <dd className="m-0">{source.note}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{uiText.sources.citedIn}</dt>
            <dd className="m-0">
              <ul className="m-0 list-none p-0">
                {(citedIn.get(source.id) ?? []).map((place) => (
                  <li key={place.href}>
                    <a href={place.href} className="inline-block py-0.5 underline underline-offset-4">
                      {place.label}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
