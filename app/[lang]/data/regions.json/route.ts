import { localeOf } from "@/app/_routes/locale-param";
import { getSiteContent } from "@/lib/content";
import { prefixedLocales } from "@/lib/i18n";
import { jsonResponse, regionsData } from "@/lib/open-data";

/** /ja/data/regions.json: the same rules as /data/regions.json, with the language's words and place names. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return prefixedLocales.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[lang]/data/regions.json">) {
  return jsonResponse(regionsData(await getSiteContent(await localeOf(params))));
}
