import { regionPlaceRoute } from "@/app/_routes/region-place";

export const dynamicParams = false;
export const generateStaticParams = regionPlaceRoute.params;

export async function generateMetadata({ params }: PageProps<"/region/[code]">) {
  return regionPlaceRoute.metadata("en", (await params).code);
}

export default async function Page({ params }: PageProps<"/region/[code]">) {
  return <regionPlaceRoute.Page locale="en" param={(await params).code} />;
}
