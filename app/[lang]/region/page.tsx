import { localeOf } from "@/app/_routes/locale-param";
import { regionPickerRoute } from "@/app/_routes/region-picker";

export async function generateMetadata({ params }: PageProps<"/[lang]/region">) {
  return regionPickerRoute.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]/region">) {
  return <regionPickerRoute.Page locale={await localeOf(params)} />;
}
