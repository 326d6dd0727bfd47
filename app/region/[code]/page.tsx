import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegionPage } from "@/components/region/RegionPage";
import { getSiteContent } from "@/lib/content";
import { todayUtc } from "@/lib/dates";
import { countryCodes, isCountryCode } from "@/lib/iso-3166";
import { pageMetadata } from "@/lib/page-metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return countryCodes.map((code) => ({ code: code.toLowerCase() }));
}

/** Only the lower-case code names a page: /region/de, not /region/DE. */
function codeFrom(param: string): string | null {
  const code = param.toUpperCase();
  return param === code.toLowerCase() && isCountryCode(code) ? code : null;
}

export async function generateMetadata({ params }: PageProps<"/region/[code]">): Promise<Metadata> {
  const code = codeFrom((await params).code);
  if (!code) return {};
  return pageMetadata(await getSiteContent(), `/region/${code.toLowerCase()}`);
}

export default async function Region({ params }: PageProps<"/region/[code]">) {
  const code = codeFrom((await params).code);
  if (!code) notFound();
  const { site, regions, timeline, sourcesById, regulators, objectPage } = await getSiteContent();
  return (
    <RegionPage
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
}
