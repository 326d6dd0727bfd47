import { guidePlatformRoute } from "@/app/_routes/guide-platform";

export const dynamicParams = false;
export const generateStaticParams = guidePlatformRoute.params;

export async function generateMetadata({ params }: PageProps<"/guide/[platform]">) {
  return guidePlatformRoute.metadata("en", (await params).platform);
}

export default async function Page({ params }: PageProps<"/guide/[platform]">) {
  return <guidePlatformRoute.Page locale="en" param={(await params).platform} />;
}
