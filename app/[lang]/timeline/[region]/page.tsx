import { localeOf } from "@/app/_routes/locale-param";
import { timelineRegionRoute } from "@/app/_routes/timeline";

export const dynamicParams = false;
export const generateStaticParams = timelineRegionRoute.params;

export async function generateMetadata({ params }: PageProps<"/[lang]/timeline/[region]">) {
  return timelineRegionRoute.metadata(await localeOf(params), (await params).region);
}

export default async function Page({ params }: PageProps<"/[lang]/timeline/[region]">) {
  return <timelineRegionRoute.Page locale={await localeOf(params)} param={(await params).region} />;
}
