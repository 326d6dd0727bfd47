import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuidePlatformPage } from "@/components/guide/GuidePlatformPage";
import { getSiteContent } from "@/lib/content";
import { todayUtc } from "@/lib/dates";
import { pageMetadata } from "@/lib/page-metadata";
import { jurisdictionsOn } from "@/lib/region-rules";
import { guidePlatformId, guidePlatformIds, type GuidePlatformId } from "@/lib/schemas";

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
  const { site, guide, sourcesById, regions } = await getSiteContent();
  const platform = guide.platforms.find((candidate) => candidate.platform === platformId)!;
  return (
    <GuidePlatformPage
      site={site}
      guide={guide}
      platform={platform}
      sourcesById={sourcesById}
      jurisdictionOf={Object.fromEntries([...regions.places.values()].map((place) => [place.code, place.jurisdiction]))}
      jurisdictions={jurisdictionsOn(todayUtc(), regions)}
    />
  );
}
