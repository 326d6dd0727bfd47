import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuidePlatformPage } from "@/components/guide/GuidePlatformPage";
import { getSiteContent } from "@/lib/content";
import { todayUtc } from "@/lib/dates";
import { type Locale } from "@/lib/i18n";
import { jurisdictionsOn } from "@/lib/region-rules";
import { guidePlatformId, guidePlatformIds, type GuidePlatformId } from "@/lib/schemas";
import { metadataFor } from "./page-metadata";
import type { ParamPageRoute } from "./page-route";

function platformFrom(value: string): GuidePlatformId | null {
  const parsed = guidePlatformId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const guidePlatformRoute = {
  params: () => guidePlatformIds.map((platform) => ({ platform })),
  async metadata(locale: Locale, param: string): Promise<Metadata> {
    const platform = platformFrom(param);
    return platform ? metadataFor(locale, `/guide/${platform}`) : {};
  },
  async Page({ locale, param }: { locale: Locale; param: string }) {
    const platformId = platformFrom(param);
    if (!platformId) notFound();
    const content = await getSiteContent(locale);
    const { site, guide, sourcesById, regions } = content;
    const platform = guide.platforms.find((candidate) => candidate.platform === platformId)!;
    return (
      <GuidePlatformPage
        locale={locale}
        site={site}
        guide={guide}
        platform={platform}
        sourcesById={sourcesById}
        translatedLabels={content.translatedLabels}
        jurisdictionOf={Object.fromEntries([...regions.places.values()].map((place) => [place.code, place.jurisdiction]))}
        jurisdictions={jurisdictionsOn(todayUtc(), regions)}
      />
    );
  },
} satisfies ParamPageRoute<"platform">;
