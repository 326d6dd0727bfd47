import { localeOf } from "@/app/_routes/locale-param";
import { guidePlatform } from "@/app/_routes/guide-platform";

export const dynamicParams = false;
export const generateStaticParams = guidePlatform.params;

export async function generateMetadata({ params }: PageProps<"/[lang]/guide/[platform]">) {
  return guidePlatform.metadata(await localeOf(params), (await params).platform);
}

export default async function Page({ params }: PageProps<"/[lang]/guide/[platform]">) {
  return <guidePlatform.Page locale={await localeOf(params)} param={(await params).platform} />;
}
