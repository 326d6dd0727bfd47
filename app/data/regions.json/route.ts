import { getSiteContent } from "@/lib/content";
import { jsonResponse, regionsData } from "@/lib/open-data";

/** The region checker's rules as open data, written once at build time; its shape is documented on /about. */
export const dynamic = "force-static";

export async function GET() {
  return jsonResponse(regionsData(await getSiteContent()));
}
