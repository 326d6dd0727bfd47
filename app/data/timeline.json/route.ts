import { getSiteContent } from "@/lib/content";
import { jsonResponse, timelineData } from "@/lib/open-data";

/** The timeline as open data, written once at build time; its shape is documented on /about. */
export const dynamic = "force-static";

export async function GET() {
  return jsonResponse(timelineData(await getSiteContent()));
}
