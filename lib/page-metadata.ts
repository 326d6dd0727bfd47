/**
 * Each page's metadata, made from its entry in lib/site-pages.ts: title, description, canonical
 * address, the feed's address, Open Graph and Twitter cards with the page's own social image.
 */
import type { Metadata } from "next";
import type { SiteContent } from "./content/site-content";
import { absoluteUrl, sitePage } from "./site-pages";
import { socialImagePath, socialImageSize } from "./social-card";
import { uiText } from "./ui-text";

export const feedPath = "/feed.xml";

export function pageMetadata(content: SiteContent, path: string): Metadata {
  const page = sitePage(content, path);
  const { site } = content;
  const url = absoluteUrl(site.siteUrl, path);
  const image = {
    url: absoluteUrl(site.siteUrl, socialImagePath(path)),
    ...socialImageSize,
    type: "image/png",
    alt: page.card.alt,
  };
  return {
    title: page.title,
    description: page.description,
    alternates: {
      canonical: url,
      types: { "application/atom+xml": [{ url: absoluteUrl(site.siteUrl, feedPath), title: uiText.feed.title(site.name) }] },
    },
    openGraph: {
      type: "website",
      siteName: site.name,
      url,
      title: page.title,
      description: page.description,
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}
