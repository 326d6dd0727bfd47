import { guidePlatform } from "@/app/_routes/guide-platform";

export const dynamicParams = false;
export const generateStaticParams = guidePlatform.params;

export async function generateMetadata({ params }: PageProps<"/guide/[platform]">) {
  return guidePlatform.metadata("en", (await params).platform);
}

export default async function Page({ params }: PageProps<"/guide/[platform]">) {
  return <guidePlatform.Page locale="en" param={(await params).platform} />;
}
