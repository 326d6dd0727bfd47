import { formatDate } from "@/lib/dates";
import type { Correction } from "@/lib/schemas";
import { type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";

/** A correction with each page it names labelled (lib/site-pages.ts's linkLabel). */
export interface ShownCorrection extends Omit<Correction, "pages"> {
  pages: { href: string; label: string }[];
}

/** The dated log of content/corrections.yaml, newest first; each entry is an anchor the feed links to. */
export function CorrectionsLog({ corrections, locale }: { corrections: ShownCorrection[]; locale: Locale }) {
  const text = uiTextFor(locale).about;
  return (
    <section aria-labelledby="corrections">
      <h2 id="corrections">{text.correctionsHeading}</h2>
      <p>{text.correctionsIntro}</p>
      {corrections.length === 0 ? (
        <p>{text.noCorrections}</p>
      ) : (
        <ol className="not-prose m-0 list-none space-y-6 p-0">
          {corrections.map((correction) => (
            <li key={correction.id} id={correction.id} className="rounded-md border border-slate-200 p-4 break-inside-avoid dark:border-slate-700">
              <article aria-labelledby={`${correction.id}-title`}>
                <p className="m-0 text-sm font-semibold text-slate-700 dark:text-slate-300">
                  {text.correctedOn}
                  <time dateTime={correction.date}>{formatDate(correction.date, locale)}</time>
                </p>
                <h3 id={`${correction.id}-title`} className="mt-1 text-lg leading-snug font-bold">
                  {correction.title}
                </h3>
                <p className="mt-2 mb-0">{correction.text}</p>
                <p className="mt-3 mb-1 text-sm font-semibold">{text.correctedWhere}</p>
                <ul className="m-0 list-none p-0 text-sm">
                  {correction.pages.map((page) => (
                    <li key={page.href}>
                      <a href={page.href} className="inline-block py-0.5 underline underline-offset-4">
                        {page.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
