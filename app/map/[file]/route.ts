import { getSiteContent } from "@/lib/content";
import { worldMapShapes } from "@/lib/map/map-data.server";

/** /map/world-<hash>.svg: the world map's shapes, which every map on the site draws with <use>. */
export const dynamic = "force-static";
export const dynamicParams = false;

async function shapesFile() {
  return worldMapShapes((await getSiteContent("en")).regions);
}

export async function generateStaticParams() {
  return [{ file: (await shapesFile()).file }];
}

export async function GET() {
  return new Response((await shapesFile()).text, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
}
