import { localeOf } from "@/app/_routes/locale-param";
import { aboutRoute } from "@/app/_routes/about";

export async function generateMetadata({ params }: PageProps<"/[lang]/about">) {
  return aboutRoute.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]/about">) {
  return <aboutRoute.Page locale={await localeOf(params)} />;
}
