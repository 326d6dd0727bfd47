import { numberCitations } from "@/lib/citations";
import type { TimelineEntry } from "@/lib/content/site-content";
import type { SiteConfig, Source, TimelineRegionId } from "@/lib/schemas";
import { uiText } from "@/lib/ui-text";
import { PageShell } from "./PageShell";
import { TimelineList } from "./TimelineList";
import { TimelineRegionFilter } from "./TimelineRegionFilter";

interface TimelinePageProps {
  site: Pick<SiteConfig, "name" | "tagline">;
  /** The whole timeline, in date order. */
  timeline: TimelineEntry[];
  sourcesById: ReadonlyMap<string, Source>;
  /** The region it is narrowed to, or null for all. */
  region: TimelineRegionId | null;
}

/** The timeline, whole or narrowed to the events that concern one region. */
export function TimelinePage({ site, timeline, sourcesById, region }: TimelinePageProps) {
  const entries = region ? timeline.filter((entry) => entry.regions.includes(region)) : timeline;
  // Numbered over the whole timeline, so a source keeps its number on every narrowed page.
  const numbering = numberCitations(timeline.flatMap((entry) => entry.citedInBody), sourcesById);
  return (
    <PageShell site={site} currentPath="/timeline">
      <h1 className="text-3xl font-bold tracking-tight">{uiText.timeline.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{uiText.timeline.description}</p>
      <p className="mt-3 print:hidden">
        {uiText.timeline.checkerPrompt}{" "}
        <a href="/region" className="font-semibold underline underline-offset-4">
          {uiText.timeline.checkerLink}
        </a>
      </p>
      <TimelineRegionFilter current={region} />
      <p role="status" className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        {region
          ? uiText.timeline.showingRegion(uiText.timelineRegions[region], entries.length, timeline.length)
          : uiText.timeline.showingAll(timeline.length)}
      </p>
      <TimelineList entries={entries} numbering={numbering} />
    </PageShell>
  );
}
