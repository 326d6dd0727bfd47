import { localeOf } from "@/app/_routes/locale-param";
import { guideChooser } from "@/app/_routes/guide-chooser";

export async function generateMetadata({ params }: PageProps<"/[lang]/guide">) {
  return guideChooser.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]/guide">) {
  return <guideChooser.Page locale={await localeOf(params)} />;
}
