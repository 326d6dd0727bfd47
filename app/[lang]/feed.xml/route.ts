import { localeOf } from "@/app/_routes/locale-param";
import { getSiteContent } from "@/lib/content";
import { prefixedLocales } from "@/lib/i18n";
import { atomFeed } from "@/lib/feed";

/** /ja/feed.xml: the timeline and the corrections in the language of /ja. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return prefixedLocales.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[lang]/feed.xml">) {
  return new Response(atomFeed(await getSiteContent(await localeOf(params))), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
