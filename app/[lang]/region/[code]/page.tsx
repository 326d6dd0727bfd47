import { localeOf } from "@/app/_routes/locale-param";
import { regionPlaceRoute } from "@/app/_routes/region-place";

export const dynamicParams = false;
export const generateStaticParams = regionPlaceRoute.params;

export async function generateMetadata({ params }: PageProps<"/[lang]/region/[code]">) {
  return regionPlaceRoute.metadata(await localeOf(params), (await params).code);
}

export default async function Page({ params }: PageProps<"/[lang]/region/[code]">) {
  return <regionPlaceRoute.Page locale={await localeOf(params)} param={(await params).code} />;
}
