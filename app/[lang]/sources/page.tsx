import { localeOf } from "@/app/_routes/locale-param";
import { sourcesRoute } from "@/app/_routes/sources";

export async function generateMetadata({ params }: PageProps<"/[lang]/sources">) {
  return sourcesRoute.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]/sources">) {
  return <sourcesRoute.Page locale={await localeOf(params)} />;
}
