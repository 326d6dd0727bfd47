import { timelineRegionRoute } from "@/app/_routes/timeline";

export const dynamicParams = false;
export const generateStaticParams = timelineRegionRoute.params;

export async function generateMetadata({ params }: PageProps<"/timeline/[region]">) {
  return timelineRegionRoute.metadata("en", (await params).region);
}

export default async function Page({ params }: PageProps<"/timeline/[region]">) {
  return <timelineRegionRoute.Page locale="en" param={(await params).region} />;
}
