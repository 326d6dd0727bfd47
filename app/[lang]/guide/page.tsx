import { localeOf } from "@/app/_routes/locale-param";
import { guideChooserRoute } from "@/app/_routes/guide-chooser";

export async function generateMetadata({ params }: PageProps<"/[lang]/guide">) {
  return guideChooserRoute.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]/guide">) {
  return <guideChooserRoute.Page locale={await localeOf(params)} />;
}
