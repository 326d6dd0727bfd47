import { localeOf } from "@/app/_routes/locale-param";
import { storyRoute } from "@/app/_routes/story";

export async function generateMetadata({ params }: PageProps<"/[lang]">) {
  return storyRoute.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]">) {
  return <storyRoute.Page locale={await localeOf(params)} />;
}
