import { getSiteContent } from "@/lib/content";
import { atomFeed } from "@/lib/feed";

/** The Atom feed of the timeline and the corrections, written once at build time. */
export const dynamic = "force-static";

export async function GET() {
  return new Response(atomFeed(await getSiteContent()), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
