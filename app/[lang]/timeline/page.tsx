import { localeOf } from "@/app/_routes/locale-param";
import { timelineRoute } from "@/app/_routes/timeline";

export async function generateMetadata({ params }: PageProps<"/[lang]/timeline">) {
  return timelineRoute.metadata(await localeOf(params));
}

export default async function Page({ params }: PageProps<"/[lang]/timeline">) {
  return <timelineRoute.Page locale={await localeOf(params)} />;
}
