import { Fragment } from "react";
import { formatDate } from "@/lib/dates";
import type { GuideStepperText } from "@/lib/ui-text/island-text";
import { markedLabels } from "@/lib/inline-labels";
import type { Locale } from "@/lib/i18n";
import type { GuidePlatform, Source, TranslatedLabel } from "@/lib/schemas";
import { formatMessage, uiTextFor, type ReportedWordings } from "@/lib/ui-text";
import { LabelledText } from "./LabelledText";
import { ScreenDrawing } from "./ScreenDrawing";
import { SourceLinks } from "@/components/SourceLinks";
import { Words } from "@/components/Untranslated";
import { GuideStepper } from "./GuideStepper";

/** Every step of a platform's guide, then the final check, in the stepper: one ordered list of any length. */
export function GuideSteps({
  platform,
  sourcesById,
  directLink,
  locale,
  translatedLabels,
  reported,
  stepperText,
}: {
  platform: GuidePlatform;
  sourcesById: ReadonlyMap<string, Source>;
  directLink: string;
  locale: Locale;
  translatedLabels: readonly TranslatedLabel[];
  reported: ReportedWordings;
  stepperText: GuideStepperText;
}) {
  const text = uiTextFor(locale).guide;
  const steps = [...platform.steps, { ...platform.finalCheck, id: "final-check" }];
  const bodies = steps.map((step, index) => {
    const number = index + 1;
    // The words as the loader marked them (the final check is copied above, its marks are on the original).
    const words = step.id === "final-check" ? platform.finalCheck : step;
    return (
      <Fragment key={step.id}>
        <p className="m-0 text-sm font-semibold text-slate-700 dark:text-slate-300 print:text-xs">
          <span aria-hidden="true" className="mr-1 hidden print:inline">☐</span>
          {step.id === "final-check" ? text.checkLabel : formatMessage(locale, "guide.stepLabel", { n: number, total: steps.length })}
          <span data-done-mark="" className="ml-2 hidden rounded bg-emerald-800 px-1.5 py-0.5 text-xs text-white print:hidden">
            ✓ {text.doneMark}
          </span>
        </p>
        <h3 id={`step-${number}-title`} tabIndex={-1} className="mt-1 text-xl font-bold focus:outline-none print:mt-0 print:text-sm">
          <Words of={words} field="title" locale={locale}>{step.title}</Words>
        </h3>
        <p className="mt-2 mb-0 text-lg print:mt-0 print:text-sm">
          <Words of={words} field="text" locale={locale}>
            <LabelledText text={step.text} translatedLabels={translatedLabels} reported={reported} />
          </Words>
        </p>
        <ScreenDrawing illustration={step.illustration} alt={step.alt} labels={markedLabels(step.text)} directLink={directLink} />
        <div className="mt-2 space-y-1 print:hidden">
          <p className="m-0 text-sm text-slate-700 dark:text-slate-300">{formatMessage(locale, "guide.lastVerified", { date: formatDate(step.lastVerified, locale) })}</p>
          <SourceLinks label={text.sourcesLabel} sources={step.sources.map((id) => sourcesById.get(id)!)} locale={locale} />
        </div>
      </Fragment>
    );
  });
  return <GuideStepper platform={platform.platform} stepIds={steps.map((step) => step.id)} locale={locale} text={stepperText} steps={bodies} />;
}
