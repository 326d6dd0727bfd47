import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";

type CalloutKind = "note" | "warning";

const styles: Record<CalloutKind, string> = {
  note: "border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/60",
  warning: "border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/60",
};

/** A boxed aside in MDX: <Callout kind="note" title="…">…</Callout>. */
export function Callout({ kind = "note", title, locale, children }: { kind?: CalloutKind; title?: string; locale: Locale; children: ReactNode }) {
  return (
    <aside className={`not-prose my-6 rounded-md border-l-4 px-4 py-3 ${styles[kind]}`}>
      <p className="mb-1 font-semibold">{title ?? uiTextFor(locale).callout[kind]}</p>
      <div className="prose prose-slate dark:prose-invert max-w-none [&>*:last-child]:mb-0">{children}</div>
    </aside>
  );
}
