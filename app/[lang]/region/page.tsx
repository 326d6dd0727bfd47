import { localeOf } from "@/app/_routes/locale-param";
import { regionPicker } from "@/app/_routes/region-picker";

export async function generateMetadata({ params }: PageProps<"/[lang]/region">) {
  return regionPicker.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]/region">) {
  return <regionPicker.Page locale={await localeOf(params)} />;
}
