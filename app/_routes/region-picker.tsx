import { RegionMap } from "@/components/map/RegionMap";
import { PageShell } from "@/components/PageShell";
import { PlaceList } from "@/components/region/PlaceList";
import { RegionPicker } from "@/components/region/RegionPicker";
import { getSiteContent } from "@/lib/content";
import { type Locale } from "@/lib/i18n";
import { worldMapData } from "@/lib/map/map-data.server";
import { uiTextFor } from "@/lib/ui-text";
import { regionPickerText } from "@/lib/ui-text/island-text";
import { metadataFor } from "./page-metadata";
import type { PageRoute } from "./page-route";

export const regionPickerRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/region"),
  async Page({ locale }: { locale: Locale }) {
    const { site, regions, timeline, placeReadings } = await getSiteContent(locale);
    const text = uiTextFor(locale);
    return (
      <PageShell site={site} locale={locale} path="/region" section="/region">
        <h1 className="text-3xl font-bold tracking-tight">{text.region.pickerTitle}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{text.region.pickerIntro}</p>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{text.region.privacyNote}</p>
        {/* The answer first: the picker, with its suggestion, in the first screen; the map after it. */}
        <RegionPicker locale={locale} text={regionPickerText(locale)} readings={placeReadings} />
        <RegionMap map={worldMapData(regions, timeline)} text={text.map} locale={locale} listId="all-places" />
        <PlaceList locale={locale} />
      </PageShell>
    );
  },
} satisfies PageRoute;
