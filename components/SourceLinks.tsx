import { sourceShortName, sourceTitle } from "@/lib/citations";
import type { Source } from "@/lib/schemas";

/** A short list of links to sources' entries on /sources. */
export function SourceLinks({ sources, label }: { sources: Source[]; label: string }) {
  return (
    <p className="m-0 text-sm text-slate-700 dark:text-slate-300">
      {label}:{" "}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? "; " : ""}
          <a href={`/sources#${source.id}`} className="inline-block py-0.5 underline underline-offset-4" aria-label={sourceTitle(source)}>
            {sourceShortName(source)}
          </a>
        </span>
      ))}
    </p>
  );
}
