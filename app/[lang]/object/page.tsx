import { localeOf } from "@/app/_routes/locale-param";
import { objectRoute } from "@/app/_routes/object";

export async function generateMetadata({ params }: PageProps<"/[lang]/object">) {
  return objectRoute.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]/object">) {
  return <objectRoute.Page locale={await localeOf(params)} />;
}
