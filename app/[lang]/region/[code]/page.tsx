import { localeOf } from "@/app/_routes/locale-param";
import { regionPlace } from "@/app/_routes/region-place";

export const dynamicParams = false;
export const generateStaticParams = regionPlace.params;

export async function generateMetadata({ params }: PageProps<"/[lang]/region/[code]">) {
  return regionPlace.metadata(await localeOf(params), (await params).code);
}

export default async function Page({ params }: PageProps<"/[lang]/region/[code]">) {
  return <regionPlace.Page locale={await localeOf(params)} param={(await params).code} />;
}
