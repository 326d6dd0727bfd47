import { SourceLinks } from "@/components/SourceLinks";
import { PageShell } from "@/components/PageShell";
import { PageSources } from "@/components/PageSources";
import type { TimelineEntry } from "@/lib/content/site-content";
import { formatDate } from "@/lib/dates";
import { placeName } from "@/lib/place-names";
import type { RegionData } from "@/lib/region-rules";
import type { ObjectPageContent, RegulatorsFile, SiteConfig, Source } from "@/lib/schemas";
import { jurisdictionSourceIds } from "@/lib/source-references";
import { regulatorNoteFor } from "@/lib/regulators";
import { localePath, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { regionReportText } from "@/lib/ui-text/island-text";
import { RegionReport } from "./RegionReport";
import { RegulatorNote } from "./RegulatorNote";
import { RememberPlace } from "./RememberPlace";

interface RegionPageProps {
  locale: Locale;
  site: Pick<SiteConfig, "name" | "tagline">;
  /** Upper-case: "DE". */
  code: string;
  regions: RegionData;
  timeline: TimelineEntry[];
  sourcesById: ReadonlyMap<string, Source>;
  regulators: RegulatorsFile;
  objectPage: Pick<ObjectPageContent, "sections">;
  /** The build's day: the answer the prerendered page gives. */
  today: string;
}

/** One place's answer: the verdict, its history, why, what to do, and the sources. */
export function RegionPage({ locale, site, code, regions, timeline, sourcesById, regulators, objectPage, today }: RegionPageProps) {
  const uiText = uiTextFor(locale);
  const text = uiText.region;
  const place = regions.places.get(code)!;
  const jurisdiction = regions.jurisdictions.get(place.jurisdiction)!;
  const name = placeName(code, [locale]);
  const timelineSlugs = [...new Set(jurisdiction.periods.flatMap((period) => period.timeline))];
  const timelineEntries = timeline.filter((entry) => timelineSlugs.includes(entry.slug));
  const sourceIds = new Set([...jurisdictionSourceIds(jurisdiction), ...regions.whatToDo.flatMap((item) => item.sources)]);
  const sources = [...sourceIds].map((id) => sourcesById.get(id)!);

  return (
    <PageShell site={site} locale={locale} path={`/region/${code.toLowerCase()}`} section="/region">
      <p className="m-0 text-sm print:hidden">
        <a href={localePath(locale, "/region")} className="underline underline-offset-4">
          ← {text.backToAll}
        </a>
      </p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight">{name}</h1>

      <RegionReport
        locale={locale}
        text={regionReportText(locale)}
        placeName={name}
        rangeStart={regions.rangeStart}
        builtOn={today}
        periods={jurisdiction.periods.map(({ from, to, status, reason, caveat }) => ({ from, to, status, reason, caveat }))}
      />

      <section aria-labelledby="why-heading" className="mt-10">
        <h2 id="why-heading" className="text-xl font-bold">
          {text.whyHeading}
        </h2>
        <p className="mt-3">{jurisdiction.why}</p>
        {place.note ? (
          <p className="mt-3">
            <strong>{text.aboutPlace}</strong> {place.note}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="do-heading" className="mt-10">
        <h2 id="do-heading" className="text-xl font-bold">
          {text.doHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>
            <a href={localePath(locale, "/guide")} className="underline underline-offset-4">
              {text.doGuide}
            </a>
          </li>
          {regions.whatToDo.map((item) => (
            <li key={item.text}>
              {item.text} <SourceLinks label={uiText.guide.sourcesLabel} sources={item.sources.map((id) => sourcesById.get(id)!)} locale={locale} />
            </li>
          ))}
          {jurisdiction.advice ? <li>{jurisdiction.advice}</li> : null}
        </ul>
        <RememberPlace code={code} text={{ remember: text.remember, forget: text.forget, rememberedHere: text.rememberedHere }} />
      </section>

      <RegulatorNote locale={locale} {...regulatorNoteFor(code, place.jurisdiction, { regulators, objectPage, sourcesById })} />

      {timelineEntries.length > 0 ? (
        <section aria-labelledby="timeline-heading" className="mt-10">
          <h2 id="timeline-heading" className="text-xl font-bold">
            {text.timelineHeading}
          </h2>
          <ul className="mt-3 list-none space-y-1 p-0">
            {timelineEntries.map((entry) => (
              <li key={entry.slug}>
                <a href={`${localePath(locale, "/timeline")}#${entry.slug}`} className="inline-block py-1 underline underline-offset-4">
                  {entry.frontmatter.dateLabel ?? formatDate(entry.frontmatter.date, locale)}
                  {uiText.punctuation.colon}
                  {entry.frontmatter.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <PageSources id="sources-heading" heading={text.sourcesHeading} sources={sources} locale={locale} />
    </PageShell>
  );
}
