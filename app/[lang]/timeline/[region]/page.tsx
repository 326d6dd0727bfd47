import { localeOf } from "@/app/_routes/locale-param";
import { timelineForRegion } from "@/app/_routes/timeline";

export const dynamicParams = false;
export const generateStaticParams = timelineForRegion.params;

export async function generateMetadata({ params }: PageProps<"/[lang]/timeline/[region]">) {
  return timelineForRegion.metadata(await localeOf(params), (await params).region);
}

export default async function Page({ params }: PageProps<"/[lang]/timeline/[region]">) {
  return <timelineForRegion.Page locale={await localeOf(params)} param={(await params).region} />;
}
