import type { ReactNode } from "react";
import type { TranslatedLabel } from "@/lib/schemas";
import type { ReportedWordings } from "@/lib/ui-text";
import { reportedLabelsNoteId } from "./ReportedLabelsNote";

/**
 * One of LinkedIn's own labels, in bold as LinkedIn writes it in English. On a page in another
 * language, the wording reports give for that language follows as an example (`reported`), never in
 * its place: the English label is the sure one.
 */
export function LinkedInLabel({
  children,
  translatedLabels,
  reported,
}: {
  children: ReactNode;
  translatedLabels: readonly TranslatedLabel[];
  /** Formats the reported wording, e.g. "（報告されている表記：「…」）" (lib/ui-text reportedWordings). */
  reported: ReportedWordings;
}) {
  const english = typeof children === "string" ? children : null;
  const translated = english === null ? undefined : translatedLabels.find((label) => label.en === english);
  // On a page in another language (the only pages with reported wordings), the English label is marked as English.
  const inAnotherLanguage = translatedLabels.length > 0 && english !== null && /^[\x20-\x7e]+$/.test(english);
  if (!translated) return <strong className="font-semibold" lang={inAnotherLanguage ? "en" : undefined}>{children}</strong>;
  return (
    <>
      <strong className="font-semibold" lang="en">
        {children}
      </strong>
      <span className="text-[0.9em] text-slate-700 dark:text-slate-300" data-reported-label="">
        {reported.format(translated.reported)}
        <a href={`#${reportedLabelsNoteId}`} className="align-super text-[0.75em] no-underline" aria-label={reported.noteLink}>
          {reported.noteMark}
        </a>
      </span>
    </>
  );
}
