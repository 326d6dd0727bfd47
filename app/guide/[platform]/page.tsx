import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuidePlatformPage } from "@/components/guide/GuidePlatformPage";
import { getSiteContent } from "@/lib/content.server";
import { guidePlatformId, guidePlatformIds, type GuidePlatformId } from "@/lib/schemas";
import { pageMetadata } from "@/lib/page-metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return guidePlatformIds.map((platform) => ({ platform }));
}

function asPlatform(value: string): GuidePlatformId | null {
  const parsed = guidePlatformId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function generateMetadata({ params }: PageProps<"/guide/[platform]">): Promise<Metadata> {
  const platformId = asPlatform((await params).platform);
  if (!platformId) return {};
  return pageMetadata(await getSiteContent(), `/guide/${platformId}`);
}

export default async function GuideForPlatform({ params }: PageProps<"/guide/[platform]">) {
  const platformId = asPlatform((await params).platform);
  if (!platformId) notFound();
  return <GuidePlatformPage platformId={platformId} />;
}
