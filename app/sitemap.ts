import type { MetadataRoute } from "next";
import { getSiteContent } from "@/lib/content";
import { sitemapEntries } from "@/lib/sitemap";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getSiteContent());
}
