import { sourceTitle } from "@/lib/citations";
import { localePath, type Locale } from "@/lib/i18n";
import type { Source } from "@/lib/schemas";

/** The sources a page relies on, each linking to its entry on /sources. */
export function PageSources({
  id,
  heading,
  sources,
  locale,
  className = "",
}: {
  id: string;
  heading: string;
  sources: Source[];
  locale: Locale;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={`mt-10 ${className}`}>
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      <ul className="mt-3 list-none space-y-1 p-0">
        {sources.map((source) => (
          <li key={source.id}>
            <a href={`${localePath(locale, "/sources")}#${source.id}`} className="inline-block py-1 underline underline-offset-4">
              {sourceTitle(source)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
