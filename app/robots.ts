import type { MetadataRoute } from "next";
import { getSiteContent } from "@/lib/content";
import { robotsRules } from "@/lib/sitemap";

// Written once at build time into out/ (a static export has no server to run it per request).
export const dynamic = "force-static";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return robotsRules(await getSiteContent());
}
