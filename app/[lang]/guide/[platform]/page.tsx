import { localeOf } from "@/app/_routes/locale-param";
import { guidePlatformRoute } from "@/app/_routes/guide-platform";

export const dynamicParams = false;
export const generateStaticParams = guidePlatformRoute.params;

export async function generateMetadata({ params }: PageProps<"/[lang]/guide/[platform]">) {
  return guidePlatformRoute.metadata(await localeOf(params), (await params).platform);
}

export default async function Page({ params }: PageProps<"/[lang]/guide/[platform]">) {
  return <guidePlatformRoute.Page locale={await localeOf(params)} param={(await params).platform} />;
}
