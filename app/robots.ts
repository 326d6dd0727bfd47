import type { MetadataRoute } from "next";
import { getSiteContent } from "@/lib/content";
import { robotsRules } from "@/lib/sitemap";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return robotsRules(await getSiteContent());
}
