import { regionPlace } from "@/app/_routes/region-place";

export const dynamicParams = false;
export const generateStaticParams = regionPlace.params;

export async function generateMetadata({ params }: PageProps<"/region/[code]">) {
  return regionPlace.metadata("en", (await params).code);
}

export default async function Page({ params }: PageProps<"/region/[code]">) {
  return <regionPlace.Page locale="en" param={(await params).code} />;
}
