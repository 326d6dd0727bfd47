import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegionPage } from "@/components/region/RegionPage";
import { getSiteContent } from "@/lib/content";
import { todayUtc } from "@/lib/dates";
import { type Locale } from "@/lib/i18n";
import { countryCodes, isCountryCode } from "@/lib/iso-3166";
import { metadataFor } from "./page-metadata";
import type { ParamPageRoute } from "./page-route";

/** Only the lower-case code names a page: /region/de, not /region/DE. */
function placeCodeFrom(param: string): string | null {
  const code = param.toUpperCase();
  return param === code.toLowerCase() && isCountryCode(code) ? code : null;
}

export const regionPlaceRoute = {
  params: () => countryCodes.map((code) => ({ code: code.toLowerCase() })),
  async metadata(locale: Locale, param: string): Promise<Metadata> {
    const code = placeCodeFrom(param);
    return code ? metadataFor(locale, `/region/${code.toLowerCase()}`) : {};
  },
  async Page({ locale, param }: { locale: Locale; param: string }) {
    const code = placeCodeFrom(param);
    if (!code) notFound();
    const { site, regions, timeline, sourcesById, regulators, objectPage } = await getSiteContent(locale);
    return (
      <RegionPage
        locale={locale}
        site={site}
        code={code}
        regions={regions}
        timeline={timeline}
        sourcesById={sourcesById}
        regulators={regulators}
        objectPage={objectPage}
        today={todayUtc()}
      />
    );
  },
} satisfies ParamPageRoute<"code">;
