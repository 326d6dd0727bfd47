import { sourceShortName, sourceTitle } from "@/lib/citations";
import { localePath, type Locale } from "@/lib/i18n";
import type { Source } from "@/lib/schemas";
import { uiTextFor } from "@/lib/ui-text";

/** A short list of links to sources' entries on /sources. */
export function SourceLinks({ sources, label, locale }: { sources: Source[]; label: string; locale: Locale }) {
  return (
    <p className="m-0 text-sm text-slate-700 dark:text-slate-300">
      {label}
      {uiTextFor(locale).punctuation.colon}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? uiTextFor(locale).punctuation.semicolon : ""}
          <a href={`${localePath(locale, "/sources")}#${source.id}`} className="inline-block py-0.5 underline underline-offset-4" aria-label={sourceTitle(source)}>
            {sourceShortName(source, locale)}
          </a>
        </span>
      ))}
    </p>
  );
}
