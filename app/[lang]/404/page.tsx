import type { Metadata } from "next";
import { localeOf } from "@/app/_routes/locale-param";
import { NotFoundPage } from "@/app/_routes/not-found-page";
import { uiTextFor } from "@/lib/ui-text";

// out/ja/404.html: what both servers send, with status 404, for an unknown path under /ja/.
export async function generateMetadata({ params }: PageProps<"/[lang]/404">): Promise<Metadata> {
  return { title: uiTextFor(await localeOf(params)).notFound.title, robots: { index: false } };
}

export default async function Page({ params }: PageProps<"/[lang]/404">) {
  return <NotFoundPage locale={await localeOf(params)} />;
}
