import type { Metadata } from "next";
import { TimelinePage } from "@/components/TimelinePage";
import { getSiteContent } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/timeline");
}

export default async function Timeline() {
  const { site, timeline, sourcesById } = await getSiteContent();
  return <TimelinePage site={site} timeline={timeline} sourcesById={sourcesById} region={null} />;
}
