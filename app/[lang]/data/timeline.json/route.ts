import { localeOf } from "@/app/_routes/locale-param";
import { getSiteContent } from "@/lib/content";
import { prefixedLocales } from "@/lib/i18n";
import { jsonResponse, timelineData } from "@/lib/open-data";

/** /ja/data/timeline.json: the same facts as /data/timeline.json, with the language's words. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return prefixedLocales.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[lang]/data/timeline.json">) {
  return jsonResponse(timelineData(await getSiteContent(await localeOf(params))));
}
