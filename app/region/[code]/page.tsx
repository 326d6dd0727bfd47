import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegionPage } from "@/components/region/RegionPage";
import { countryCodes, isCountryCode } from "@/lib/iso-3166";
import { placeName } from "@/lib/place-names";
import { uiText } from "@/lib/ui-text";

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
  return {
    title: `${placeName(code)}: ${uiText.region.pickerTitle}`,
    description: `Whether LinkedIn used members' data in ${placeName(code)} to train its content-generating AI by default, since September 2024, and what to do.`,
  };
}

export default async function Region({ params }: PageProps<"/region/[code]">) {
  const code = codeFrom((await params).code);
  if (!code) notFound();
  return <RegionPage code={code} />;
}
