import type { Metadata } from "next";
import { RegionMap } from "@/components/map/RegionMap";
import { PageShell } from "@/components/PageShell";
import { PlaceList } from "@/components/region/PlaceList";
import { RegionPicker } from "@/components/region/RegionPicker";
import { getSiteContent } from "@/lib/content";
import { worldMapData } from "@/lib/map/map-data.server";
import { mapText } from "@/lib/map/map-text";
import { pageMetadata } from "@/lib/page-metadata";
import { uiText } from "@/lib/ui-text";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/region");
}

export default async function RegionPickerPage() {
  const { site, regions, timeline } = await getSiteContent();
  return (
    <PageShell site={site} currentPath="/region">
      <h1 className="text-3xl font-bold tracking-tight">{uiText.region.pickerTitle}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{uiText.region.pickerIntro}</p>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{uiText.region.privacyNote}</p>
      <RegionMap map={worldMapData(regions, timeline)} text={mapText} listId="all-places" />
      <RegionPicker autoFocus />
      <PlaceList />
    </PageShell>
  );
}
