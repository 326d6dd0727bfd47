import { formatDate } from "@/lib/dates";
import { localePath, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { ThemeControl } from "./ThemeControl";

export function SiteFooter({ locale, lastReviewed, reportMistakeUrl }: { locale: Locale; lastReviewed: string; reportMistakeUrl: string }) {
  const text = uiTextFor(locale);
  return (
    <footer className="mt-16 border-t border-slate-200 print:hidden dark:border-slate-800">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm text-slate-700 dark:text-slate-300">
        <p>
          {text.footer.lastReviewed}
          {text.punctuation.colon}
          <time dateTime={lastReviewed}>{formatDate(lastReviewed, locale)}</time>
          {text.punctuation.fullStop}
          <a href={reportMistakeUrl} className="underline underline-offset-4">
            {text.footer.reportMistake}
          </a>
        </p>
        <p>
          {text.footer.privacy}{" "}
          <a href={localePath(locale, "/about")} className="underline underline-offset-4">
            {text.footer.about}
          </a>
        </p>
        <ThemeControl text={text.theme} />
      </div>
    </footer>
  );
}
