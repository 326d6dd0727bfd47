import { timelineForRegion } from "@/app/_routes/timeline";

export const dynamicParams = false;
export const generateStaticParams = timelineForRegion.params;

export async function generateMetadata({ params }: PageProps<"/timeline/[region]">) {
  return timelineForRegion.metadata("en", (await params).region);
}

export default async function Page({ params }: PageProps<"/timeline/[region]">) {
  return <timelineForRegion.Page locale="en" param={(await params).region} />;
}
