import { LabelledText } from "@/components/guide/LabelledText";
import { PageSources } from "@/components/PageSources";
import { SourceLinks } from "@/components/SourceLinks";
import type { CitedView, ObjectPageView, ObjectSectionView } from "@/lib/object-page";
import { localePath, type Locale } from "@/lib/i18n";
import type { TranslatedLabel } from "@/lib/schemas";
import { formatMessage, reportedWordings, uiTextFor } from "@/lib/ui-text";
import { savedPlaceMessage } from "@/lib/ui-text/island-text";
import { CopyButton } from "./CopyButton";
import { EditableText } from "./EditableText";
import { SavedPlaceLink } from "./SavedPlaceLink";

function Cited({ item, locale }: { item: CitedView; locale: Locale }) {
  const text = uiTextFor(locale).objectPage;
  return (
    <>
      <p className="mt-2">{item.text}</p>
      <SourceLinks label={text.sourcesLabel} sources={item.sources} locale={locale} />
    </>
  );
}

function PlaceSection({ section, template, locale }: { section: ObjectSectionView; template: ObjectPageView["template"]; locale: Locale }) {
  const uiText = uiTextFor(locale);
  const text = uiText.objectPage;
  const textareaId = `objection-text-${section.id}`;
  return (
    <section aria-labelledby={section.id} className="mt-12 border-t border-slate-300 pt-6 dark:border-slate-600">
      <h2 id={section.id} className="scroll-mt-4 text-2xl font-bold">
        {section.heading}
      </h2>
      <details className="mt-2">
        <summary className="cursor-pointer py-1 underline underline-offset-4">{formatMessage(locale, "objectPage.placesInSection", { count: section.places.length })}</summary>
        <p className="mt-2 text-sm">{section.places.map((place) => place.name).join(uiText.punctuation.listSeparator)}</p>
      </details>

      <h3 className="mt-6 text-lg font-semibold">{text.legalBasis}</h3>
      <Cited locale={locale} item={section.legalBasis} />
      <h3 className="mt-6 text-lg font-semibold">{text.rightToObject}</h3>
      <Cited locale={locale} item={section.rightToObject} />
      <h3 className="mt-6 text-lg font-semibold">{text.olderData}</h3>
      <Cited locale={locale} item={section.olderData} />

      <h3 className="mt-6 text-lg font-semibold">{text.regulatorsHeading}</h3>
      {section.regulators.length === 0 ? <p className="mt-2">{text.noRegulator}</p> : null}
      {section.regulators.map((regulator) => (
        <div key={regulator.name} className="mt-4">
          <h4 className="font-semibold">{formatMessage(locale, "regulators.ownHeading", { of: regulator.of, name: regulator.name })}</h4>
          {regulator.note ? <Cited locale={locale} item={regulator.note} /> : null}
          <p className="mt-2">{regulator.said}</p>
          <SourceLinks label={text.sourcesLabel} sources={regulator.sources} locale={locale} />
          <p className="mt-1">
            <a href={regulator.website} className="inline-block py-1 underline underline-offset-4">
              {formatMessage(locale, "regulators.website", { name: regulator.name })}
            </a>
          </p>
        </div>
      ))}
      {section.ownAuthority ? (
        <div className="mt-4">
          <h4 className="font-semibold">{uiText.regulators.ownAuthorityHeading}</h4>
          <Cited locale={locale} item={section.ownAuthority} />
          <p className="mt-1">
            <a href={section.ownAuthority.listUrl} className="inline-block py-1 underline underline-offset-4">
              {section.ownAuthority.listLabel}
            </a>
          </p>
        </div>
      ) : null}

      <h3 className="mt-6 text-lg font-semibold">{template.heading}</h3>
      <p className="mt-2">{template.intro}</p>
      <label htmlFor={textareaId} className="mt-3 block text-sm font-semibold">
        {formatMessage(locale, "objectPage.templateLabel", { section: section.heading })}
      </label>
      <EditableText
        id={textareaId}
        text={section.objectionText}
        className="mt-1 block w-full max-w-full rounded-md border border-slate-500 bg-white p-3 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100 print:hidden"
      />
      <pre className="hidden whitespace-pre-wrap print:block">{section.objectionText}</pre>
      <p className="mt-2 hidden text-sm no-scripting:block">{text.noScriptCopy}</p>
      <CopyButton targetId={textareaId} label={text.copy} copied={text.copied} failed={text.copyFailed} />
    </section>
  );
}

/** /object: what the switch does not cover, LinkedIn's objection form, and for each group of places the law, the regulators and a text to copy. */
export function ObjectPage({ view, locale, translatedLabels }: { view: ObjectPageView; locale: Locale; translatedLabels: readonly TranslatedLabel[] }) {
  const uiText = uiTextFor(locale);
  const text = uiText.objectPage;
  const sectionHeadings = Object.fromEntries(view.sections.map((section) => [section.id, section.heading]));
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{view.title}</h1>
      <p className="mt-4">
        <LabelledText text={view.intro} translatedLabels={translatedLabels} reported={reportedWordings(locale)} />
      </p>
      <p className="mt-3">
        <a href={localePath(locale, "/guide")} className="underline underline-offset-4">
          {uiText.region.doGuide}
        </a>
      </p>

      {view.editionNotes.map((note) => (
        <section key={note.id} aria-labelledby={note.id} className="mt-10">
          <h2 id={note.id} className="scroll-mt-4 text-xl font-bold">
            {note.heading}
          </h2>
          <Cited locale={locale} item={note} />
        </section>
      ))}

      <section aria-labelledby="switch-covers" className="mt-10">
        <h2 id="switch-covers" className="scroll-mt-4 text-xl font-bold">
          {view.switchCovers.heading}
        </h2>
        <ul className="mt-3 list-disc space-y-3 pl-6">
          {[
            ...view.switchCovers.covers.map((item) => ({ label: text.covers, item })),
            ...view.switchCovers.doesNotCover.map((item) => ({ label: text.doesNotCover, item })),
          ].map(({ label, item }) => (
            <li key={item.text}>
              {/* The label carries its own gap: none after a Japanese colon. */}
              <strong>{label}</strong>
              {item.text} <SourceLinks label={text.sourcesLabel} sources={item.sources} locale={locale} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="objection-form" className="mt-10">
        <h2 id="objection-form" className="scroll-mt-4 text-xl font-bold">
          {view.objectionForm.heading}
        </h2>
        <p className="mt-3">{view.objectionForm.text}</p>
        <SourceLinks label={text.sourcesLabel} sources={view.objectionForm.sources} locale={locale} />
      </section>

      <nav aria-labelledby="where-you-live" className="mt-10">
        <h2 id="where-you-live" className="scroll-mt-4 text-xl font-bold">
          {view.placesHeading}
        </h2>
        <p className="mt-3">{view.placesIntro}</p>
        <SavedPlaceLink
          sectionOfPlace={view.sectionOfPlace}
          sectionHeadings={sectionHeadings}
          locale={locale}
          text={{ pending: text.savedPlacePending, none: text.noSavedPlace, saved: savedPlaceMessage(locale), goTo: text.goToSection }}
        />
        <ul className="mt-3 list-none space-y-1 p-0">
          {view.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="inline-block py-1 underline underline-offset-4">
                {section.heading}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {view.sections.map((section) => (
        <PlaceSection key={section.id} section={section} template={view.template} locale={locale} />
      ))}

      <PageSources id="object-sources" heading={text.sourcesHeading} sources={view.sources} locale={locale} />
    </>
  );
}
