import { formatDate } from "@/lib/dates";
import { uiText } from "@/lib/ui-text";
import { ThemeControl } from "./ThemeControl";

export function SiteFooter({ lastReviewed, reportMistakeUrl }: { lastReviewed: string; reportMistakeUrl: string }) {
  return (
    <footer className="mt-16 border-t border-slate-200 print:hidden dark:border-slate-800">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm text-slate-700 dark:text-slate-300">
        <p>
          {uiText.footer.lastReviewed}: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>.{" "}
          <a href={reportMistakeUrl} className="underline underline-offset-4">
            {uiText.footer.reportMistake}
          </a>
        </p>
        <p>
          {uiText.footer.privacy}{" "}
          <a href="/about" className="underline underline-offset-4">
            {uiText.footer.about}
          </a>
        </p>
        <ThemeControl text={uiText.theme} />
      </div>
    </footer>
  );
}
