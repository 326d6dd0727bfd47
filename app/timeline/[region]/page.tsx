import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TimelinePage } from "@/components/TimelinePage";
import { getSiteContent } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { timelineRegionId, timelineRegionIds, type TimelineRegionId } from "@/lib/schemas";

export const dynamicParams = false;

export function generateStaticParams() {
  return timelineRegionIds.map((region) => ({ region }));
}

function asRegion(value: string): TimelineRegionId | null {
  const parsed = timelineRegionId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function generateMetadata({ params }: PageProps<"/timeline/[region]">): Promise<Metadata> {
  const region = asRegion((await params).region);
  if (!region) return {};
  return pageMetadata(await getSiteContent(), `/timeline/${region}`);
}

export default async function TimelineForRegion({ params }: PageProps<"/timeline/[region]">) {
  const region = asRegion((await params).region);
  if (!region) notFound();
  const { site, timeline, sourcesById } = await getSiteContent();
  return <TimelinePage site={site} timeline={timeline} sourcesById={sourcesById} region={region} />;
}
