import { getSiteContent } from "@/lib/content";
import { worldMapData } from "@/lib/map/map-data.server";
import { worldMapSprite } from "@/lib/map/world-map-sprite.server";

/** /map/world-<hash>.svg: the world map's shapes, which every map on the site draws with <use>. */
export const dynamic = "force-static";
export const dynamicParams = false;

async function sprite() {
  const { regions, timeline } = await getSiteContent("en");
  const map = worldMapData(regions, timeline);
  return worldMapSprite(map.geometry, map.slots);
}

export async function generateStaticParams() {
  return [{ file: (await sprite()).file }];
}

export async function GET() {
  return new Response((await sprite()).text, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
}
