import { formatDate } from "@/lib/dates";
import { markedLabels } from "@/lib/inline-labels";
import type { Locale } from "@/lib/i18n";
import type { GuidePlatform, Source, TranslatedLabel } from "@/lib/schemas";
import { formatMessage, uiTextFor } from "@/lib/ui-text";
import { LabelledText } from "./LabelledText";
import { ScreenDrawing } from "./ScreenDrawing";
import { SourceLinks } from "@/components/SourceLinks";

/** Every step of a platform's guide, then the final check, as one ordered list. */
export function GuideSteps({
  platform,
  sourcesById,
  directLink,
  locale,
  translatedLabels,
  reported,
}: {
  platform: GuidePlatform;
  sourcesById: ReadonlyMap<string, Source>;
  directLink: string;
  locale: Locale;
  translatedLabels: readonly TranslatedLabel[];
  reported: (wordings: readonly string[]) => string;
}) {
  const text = uiTextFor(locale).guide;
  const steps = [...platform.steps, { ...platform.finalCheck, id: "final-check" }];
  return (
    <ol className="m-0 list-none space-y-6 p-0 print:space-y-2">
      {steps.map((step, index) => {
        const number = index + 1;
        const isCheck = step.id === "final-check";
        return (
          <li key={step.id} id={`step-${number}`} data-step={number} className="rounded-md border border-slate-300 p-4 dark:border-slate-700 print:break-inside-avoid print:border-0 print:p-0">
            <p className="m-0 text-sm font-semibold text-slate-700 dark:text-slate-300 print:text-xs">
              <span aria-hidden="true" className="mr-1 hidden print:inline">☐</span>
              {isCheck ? text.checkLabel : formatMessage(locale, "guide.stepLabel", { n: number, total: steps.length })}
              <span data-done-mark="" className="ml-2 hidden rounded bg-emerald-800 px-1.5 py-0.5 text-xs text-white print:hidden">
                ✓ {text.doneMark}
              </span>
            </p>
            <h3 id={`step-${number}-title`} tabIndex={-1} className="mt-1 text-xl font-bold focus:outline-none print:mt-0 print:text-sm">
              {step.title}
            </h3>
            <p className="mt-2 mb-0 text-lg print:mt-0 print:text-sm">
              <LabelledText text={step.text} translatedLabels={translatedLabels} reported={reported} />
            </p>
            <ScreenDrawing illustration={step.illustration} alt={step.alt} labels={markedLabels(step.text)} directLink={directLink} />
            <div className="mt-2 space-y-1 print:hidden">
              <p className="m-0 text-sm text-slate-700 dark:text-slate-300">{formatMessage(locale, "guide.lastVerified", { date: formatDate(step.lastVerified, locale) })}</p>
              <SourceLinks label={text.sourcesLabel} sources={step.sources.map((id) => sourcesById.get(id)!)} locale={locale} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
