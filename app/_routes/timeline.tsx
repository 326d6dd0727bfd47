import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TimelinePage } from "@/components/TimelinePage";
import { getSiteContent } from "@/lib/content";
import { type Locale } from "@/lib/i18n";
import { timelineRegionId, timelineRegionIds, type TimelineRegionId } from "@/lib/schemas";
import { metadataFor } from "./page-metadata";
import type { PageRoute, ParamPageRoute } from "./page-route";

function timelineRegionFrom(value: string): TimelineRegionId | null {
  const parsed = timelineRegionId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const timelineRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/timeline"),
  async Page({ locale }: { locale: Locale }) {
    const { site, timeline, sourcesById } = await getSiteContent(locale);
    return <TimelinePage locale={locale} site={site} timeline={timeline} sourcesById={sourcesById} region={null} />;
  },
} satisfies PageRoute;

export const timelineRegionRoute = {
  params: () => timelineRegionIds.map((region) => ({ region })),
  async metadata(locale: Locale, param: string): Promise<Metadata> {
    const region = timelineRegionFrom(param);
    return region ? metadataFor(locale, `/timeline/${region}`) : {};
  },
  async Page({ locale, param }: { locale: Locale; param: string }) {
    const region = timelineRegionFrom(param);
    if (!region) notFound();
    const { site, timeline, sourcesById } = await getSiteContent(locale);
    return <TimelinePage locale={locale} site={site} timeline={timeline} sourcesById={sourcesById} region={region} />;
  },
} satisfies ParamPageRoute<"region">;
