import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { isUntranslated } from "@/lib/untranslated";

/**
 * English words on a page in another language, where the translation is not there yet (new or changed
 * English): marked `lang="en"`, with a short notice in the page's language. `inline` for a field
 * inside a sentence's place (a step's title); otherwise a block (MDX paragraphs).
 */
export function Untranslated({ locale, inline = false, children }: { locale: Locale; inline?: boolean; children: ReactNode }) {
  const notice = uiTextFor(locale).untranslated.notice;
  if (inline) {
    return (
      <span lang="en" data-untranslated="">
        {children}
        <span lang={locale} className="ms-2 text-[0.8em] font-normal text-slate-600 dark:text-slate-400">{notice}</span>
      </span>
    );
  }
  return (
    <div lang="en" data-untranslated="" className="border-s-2 border-slate-300 ps-3 dark:border-slate-600">
      <p lang={locale} className="not-prose text-sm text-slate-600 dark:text-slate-400">{notice}</p>
      {children}
    </div>
  );
}

/** `record[field]`'s words as given, marked when they are the English ones on a page in another language (lib/untranslated.ts). */
export function Words({ of: record, field, locale, children }: { of: object; field: string; locale: Locale; children: ReactNode }) {
  return isUntranslated(record, field) ? <Untranslated locale={locale} inline>{children}</Untranslated> : <>{children}</>;
}
