import { numberCitations } from "@/lib/citations";
import type { TimelineEntry } from "@/lib/content/site-content";
import type { SiteConfig, Source, TimelineRegionId } from "@/lib/schemas";
import { localePath, type Locale } from "@/lib/i18n";
import { formatMessage, uiTextFor } from "@/lib/ui-text";
import { PageShell } from "./PageShell";
import { TimelineList } from "./TimelineList";
import { TimelineRegionFilter } from "./TimelineRegionFilter";

interface TimelinePageProps {
  locale: Locale;
  site: Pick<SiteConfig, "name" | "tagline">;
  /** The whole timeline, in date order. */
  timeline: TimelineEntry[];
  sourcesById: ReadonlyMap<string, Source>;
  /** The region it is narrowed to, or null for all. */
  region: TimelineRegionId | null;
}

/** The timeline, whole or narrowed to the events that concern one region. */
export function TimelinePage({ locale, site, timeline, sourcesById, region }: TimelinePageProps) {
  const ui = uiTextFor(locale);
  const entries = region ? timeline.filter((entry) => entry.regions.includes(region)) : timeline;
  // Numbered over the whole timeline, so a source keeps its number on every narrowed page.
  const numbering = numberCitations(timeline.flatMap((entry) => entry.citedInBody), sourcesById);
  return (
    <PageShell site={site} locale={locale} path={region ? `/timeline/${region}` : "/timeline"} section="/timeline">
      <h1 className="text-3xl font-bold tracking-tight">{ui.timeline.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{ui.timeline.description}</p>
      <p className="mt-3 print:hidden">
        {ui.timeline.checkerPrompt}{" "}
        <a href={localePath(locale, "/region")} className="font-semibold underline underline-offset-4">
          {ui.timeline.checkerLink}
        </a>
      </p>
      <TimelineRegionFilter current={region} locale={locale} />
      <p role="status" className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        {region
          ? formatMessage(locale, "timeline.showingRegion", { region: ui.timelineRegions[region], shown: entries.length, total: timeline.length })
          : formatMessage(locale, "timeline.showingAll", { total: timeline.length })}
      </p>
      <TimelineList entries={entries} numbering={numbering} locale={locale} />
    </PageShell>
  );
}
