import { getSiteContent } from "@/lib/content";
import { worldMapShapes } from "@/lib/map/map-data.server";

/** /map-styles/slots-<hash>.css: the rules that colour the map on /region, one set per jurisdiction. */
export const dynamic = "force-static";
export const dynamicParams = false;

async function slotStyle() {
  return worldMapShapes((await getSiteContent("en")).regions).slotStyle;
}

export async function generateStaticParams() {
  return [{ file: (await slotStyle()).file }];
}

export async function GET() {
  return new Response((await slotStyle()).text, { headers: { "content-type": "text/css; charset=utf-8" } });
}
