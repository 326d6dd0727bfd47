/** sitemap.xml and robots.txt, from the one list of pages in lib/site-pages.ts. */
import type { MetadataRoute } from "next";
import type { SiteContent } from "./content/site-content";
import { absoluteUrl, sitePages, siteRoutes, type SiteRoute } from "./site-pages";

export const sitemapPath = "/sitemap.xml";

export function sitemapEntries(content: SiteContent, today?: string, routes: readonly SiteRoute[] = siteRoutes): MetadataRoute.Sitemap {
  return sitePages(content, today, routes).map((page) => ({
    url: absoluteUrl(content.site.siteUrl, page.path),
    lastModified: content.site.lastReviewed,
  }));
}

export function robotsRules(content: SiteContent): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl(content.site.siteUrl, sitemapPath),
  };
}
