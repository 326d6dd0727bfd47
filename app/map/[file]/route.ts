import { getSiteContent } from "@/lib/content";
import { worldMapShapes } from "@/lib/map/map-data.server";

/**
 * The world map's files, named by their content: /map/world-<hash>.svg, the shapes every map on the
 * site draws with <use>, and /map/slots-<hash>.css, the rules that colour the map on /region.
 */
export const dynamic = "force-static";
export const dynamicParams = false;

async function mapFiles() {
  const { file, text, slotStyle } = worldMapShapes((await getSiteContent("en")).regions);
  return [
    { file, text, type: "image/svg+xml; charset=utf-8" },
    { file: slotStyle.file, text: slotStyle.text, type: "text/css; charset=utf-8" },
  ];
}

export async function generateStaticParams() {
  return (await mapFiles()).map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<"/map/[file]">) {
  const { file } = await params;
  const found = (await mapFiles()).find((candidate) => candidate.file === file);
  return found ? new Response(found.text, { headers: { "content-type": found.type } }) : new Response("Not found", { status: 404 });
}
