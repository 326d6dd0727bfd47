import type { Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";

/** The note's id: every reported wording links to it with a mark (※ in Japanese) (components/LinkedInLabel.tsx). */
export const reportedLabelsNoteId = "reported-labels-note";

/**
 * What the reported wordings beside LinkedIn's English labels are: reports' wording, not confirmed from
 * LinkedIn. Every page carries it at the end of its main content; app/globals.css shows it only on a page
 * that shows a reported wording, so no page can show one without it, whatever route or text put it there.
 */
export function ReportedLabelsNote({ locale }: { locale: Locale }) {
  return (
    <p id={reportedLabelsNoteId} data-reported-labels-note="" className="mt-10 border-t border-slate-300 pt-4 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
      {uiTextFor(locale).guide.reportedLabelsNote}
    </p>
  );
}
