import { ObjectPageLink } from "@/components/object/ObjectPageLink";
import { PageShell } from "@/components/PageShell";
import { PageSources } from "@/components/PageSources";
import type { Guide } from "@/lib/content/site-content";
import type { JurisdictionOnDay } from "@/lib/region-rules";
import type { GuidePlatform, SiteConfig, Source } from "@/lib/schemas";
import { guideCommonSourceIds, guidePlatformSourceIds } from "@/lib/source-references";
import { localePath, type Locale } from "@/lib/i18n";
import type { TranslatedLabel } from "@/lib/schemas";
import { formatMessage, reportedWordings, uiTextFor } from "@/lib/ui-text";
import { guideStepperText, regionNoteText } from "@/lib/ui-text/island-text";
import { GuideSteps } from "./GuideSteps";
import { LabelledText } from "./LabelledText";
import { RegionNote } from "./RegionNote";
import { SourceLinks } from "@/components/SourceLinks";

interface GuidePlatformPageProps {
  locale: Locale;
  /** LinkedIn's labels as reports give them in the page's language (none in English). */
  translatedLabels: readonly TranslatedLabel[];
  site: Pick<SiteConfig, "name" | "tagline">;
  guide: Guide;
  platform: GuidePlatform;
  sourcesById: ReadonlyMap<string, Source>;
  /** Place code → jurisdiction id, and each jurisdiction's answer today: for a reader who saved a place. */
  jurisdictionOf: Record<string, string>;
  jurisdictions: Record<string, JurisdictionOnDay>;
}

/** One platform's guide: the direct link, what to expect, the steps, and what opting out does not do. */
export function GuidePlatformPage({ locale, translatedLabels, site, guide, platform, sourcesById, jurisdictionOf, jurisdictions }: GuidePlatformPageProps) {
  const uiText = uiTextFor(locale);
  const text = uiText.guide;
  const labelled = { translatedLabels, reported: reportedWordings(locale) };
  const { common } = guide;
  const sourcesOf = (ids: string[]) => ids.map((id) => sourcesById.get(id)!);

  return (
    <PageShell site={site} locale={locale} path={`/guide/${platform.platform}`} section="/guide">
      <h1 className="text-3xl font-bold tracking-tight print:text-2xl">{formatMessage(locale, "guide.platformTitle", { name: platform.name })}</h1>
      <p className="mt-2 text-lg text-slate-700 dark:text-slate-300 print:mt-0 print:text-sm">{platform.device}</p>
      <nav aria-label={text.otherDevices} className="mt-3 text-sm print:hidden">
        {text.otherDevices}
        {uiText.punctuation.colon}
        {guide.platforms
          .filter((other) => other.platform !== platform.platform)
          .map((other, index) => (
            <span key={other.platform}>
              {index > 0 ? " · " : ""}
              <a href={localePath(locale, `/guide/${other.platform}`)} className="inline-block py-1 underline underline-offset-4">
                {other.name}
              </a>
            </span>
          ))}
      </nav>

      <section aria-labelledby="fastest-heading" className="mt-6 rounded-md border-l-4 border-sky-700 bg-sky-50 px-4 py-4 dark:border-sky-400 dark:bg-sky-950/60 print:mt-3 print:border-0 print:bg-transparent print:p-0">
        <h2 id="fastest-heading" className="text-xl font-bold print:text-base">
          {text.fastestHeading}
        </h2>
        <p className="mt-2 mb-3 print:hidden">{common.directLink.text}</p>
        <p className="m-0">
          <a href={common.directLink.url} className="font-semibold break-all underline underline-offset-4" data-direct-link="">
            {text.directLinkLabel}
          </a>
          <span className="hidden print:inline"> {common.directLink.url}</span>
        </p>
        <p className="mt-1 mb-0 text-sm break-all text-slate-700 dark:text-slate-300 print:hidden">{common.directLink.url}</p>
        <div className="mt-2 print:hidden">
          <SourceLinks label={text.sourcesLabel} sources={sourcesOf(common.directLink.sources)} locale={locale} />
        </div>
      </section>

      <section aria-labelledby="expect-heading" className="mt-8 print:hidden">
        <h2 id="expect-heading" className="text-xl font-bold">
          {text.expectationsHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {common.expectations.map((item) => (
            <li key={item.text}>
              <LabelledText text={item.text} {...labelled} /> <SourceLinks label={text.sourcesLabel} sources={sourcesOf(item.sources)} locale={locale} />
            </li>
          ))}
          {platform.note ? (
            <li>
              {platform.note} <SourceLinks label={text.sourcesLabel} sources={sourcesOf(platform.noteSources)} locale={locale} />
            </li>
          ) : null}
        </ul>
      </section>

      <section aria-labelledby="steps-heading" className="mt-8 print:mt-4">
        <h2 id="steps-heading" className="mb-4 text-xl font-bold print:mb-2 print:text-base">
          {text.stepsHeading}
        </h2>
        <GuideSteps platform={platform} sourcesById={sourcesById} directLink={common.directLink.url} locale={locale} {...labelled} stepperText={guideStepperText(locale)} />
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300 print:hidden">{text.printHint}</p>
      </section>

      <section aria-labelledby="after-heading" className="mt-10 print:hidden">
        <h2 id="after-heading" className="text-xl font-bold">
          {text.afterHeading}
        </h2>
        <ul className="mt-3 list-none space-y-4 p-0">
          {common.afterwards.map((item) => (
            <li key={item.text}>
              {item.title ? <h3 className="text-lg font-semibold">{item.title}</h3> : null}
              <p className="mt-1 mb-1">
                <LabelledText text={item.text} {...labelled} />
              </p>
              <SourceLinks label={text.sourcesLabel} sources={sourcesOf(item.sources)} locale={locale} />
            </li>
          ))}
        </ul>
        <ObjectPageLink locale={locale} />
      </section>

      <RegionNote jurisdictionOf={jurisdictionOf} jurisdictions={jurisdictions} text={regionNoteText(locale)} locale={locale} />

      <PageSources
        id="guide-sources-heading"
        heading={text.pageSources}
        className="print:hidden"
        locale={locale}
        sources={sourcesOf([...new Set([...guideCommonSourceIds(common), ...guidePlatformSourceIds(platform)])])}
      />
    </PageShell>
  );
}
