/**
 * Each page's metadata, made from its entry in lib/site-pages.ts: title, description, canonical
 * address, the feed's address, Open Graph and Twitter cards with the page's own social image.
 */
import type { Metadata } from "next";
import type { SiteContent } from "./content/site-content";
import { localePath } from "./i18n";
import { absoluteUrl, languageAlternates, sitePage } from "./site-pages";
import { socialImagePath, socialImageSize } from "./social-card";
import { formatMessage, uiTextFor } from "./ui-text";

export const feedPath = "/feed.xml";

/** A page's metadata, by its English path, in the content's language. */
export function pageMetadata(content: SiteContent, englishPath: string): Metadata {
  const path = localePath(content.locale, englishPath);
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
      languages: languageAlternates(site.siteUrl, englishPath),
      types: {
        "application/atom+xml": [{ url: absoluteUrl(site.siteUrl, localePath(content.locale, feedPath)), title: formatMessage(content.locale, "feed.title", { siteName: site.name }) }],
      },
    },
    openGraph: {
      type: "website",
      locale: uiTextFor(content.locale).language.openGraphLocale,
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
