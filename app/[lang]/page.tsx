import { localeOf } from "@/app/_routes/locale-param";
import { story } from "@/app/_routes/story";

export async function generateMetadata({ params }: PageProps<"/[lang]">) {
  return story.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]">) {
  return <story.Page locale={await localeOf(params)} />;
}
