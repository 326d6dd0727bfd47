import { numberCitations } from "@/lib/citations";
import { getSiteContent } from "@/lib/content.server";
import type { TimelineRegionId } from "@/lib/schemas";
import { uiText } from "@/lib/ui-text";
import { PageShell } from "./PageShell";
import { TimelineList } from "./TimelineList";
import { TimelineRegionFilter } from "./TimelineRegionFilter";

/** The timeline, whole or narrowed to the events that concern one region. */
export async function TimelinePage({ region }: { region: TimelineRegionId | null }) {
  const { timeline, sourcesById } = await getSiteContent();
  const entries = region ? timeline.filter((entry) => entry.regions.includes(region)) : timeline;
  const numbering = numberCitations(timeline.flatMap((entry) => entry.citedInBody), sourcesById);
  return (
    <PageShell currentPath="/timeline">
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
