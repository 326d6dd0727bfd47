/** sitemap.xml and robots.txt, from the one list of pages in lib/site-pages.ts. */
import type { MetadataRoute } from "next";
import type { SiteContent } from "./content/site-content";
import { absoluteUrl, languageAlternates, sitePages, siteRoutes, type SiteRoute } from "./site-pages";

export const sitemapPath = "/sitemap.xml";

/** Every page of every language given (each content is one language's), each with its alternates in the others. */
export function sitemapEntries(contents: readonly SiteContent[], today?: string, routes: readonly SiteRoute[] = siteRoutes): MetadataRoute.Sitemap {
  return contents.flatMap((content) =>
    sitePages(content, today, routes).map((page) => ({
      url: absoluteUrl(content.site.siteUrl, page.path),
      lastModified: content.site.lastReviewed,
      alternates: { languages: languageAlternates(content.site.siteUrl, page.englishPath) },
    })),
  );
}

export function robotsRules(content: SiteContent): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl(content.site.siteUrl, sitemapPath),
  };
}
