import type { Metadata } from "next";
import { TimelinePage } from "@/components/TimelinePage";
import { getSiteContent } from "@/lib/content.server";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/timeline");
}

export default function Timeline() {
  return <TimelinePage region={null} />;
}
