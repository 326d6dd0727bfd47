import type { MetadataRoute } from "next";
import { getSiteContent } from "@/lib/content";
import { locales } from "@/lib/i18n";
import { sitemapEntries } from "@/lib/sitemap";

// Written once at build time into out/ (a static export has no server to run it per request).
export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await Promise.all(locales.map((locale) => getSiteContent(locale))));
}
