import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/SocialCard";
import { getSiteContent } from "@/lib/content";
import { locales, splitLocalePath } from "@/lib/i18n";
import { socialCardFonts } from "@/lib/social-card-fonts.server";
import { sitePage, sitePages } from "@/lib/site-pages";
import { assertCardDrawable, cardTexts, pagePathOfSocialImage, socialImageSegments, socialImageSize } from "@/lib/social-card";

/** Each page's social image (1200×630 PNG), drawn once at build time for every page of every language in lib/site-pages.ts. */
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const pages = await Promise.all(locales.map(async (locale) => sitePages(await getSiteContent(locale))));
  return pages.flat().map((page) => ({ path: socialImageSegments(page.path) }));
}

export async function GET(_request: Request, { params }: RouteContext<"/og/[...path]">) {
  const pagePath = pagePathOfSocialImage((await params).path);
  if (!pagePath) return new Response(null, { status: 404 });
  const { locale } = splitLocalePath(pagePath);
  const content = await getSiteContent(locale);
  const { card } = sitePage(content, pagePath);
  const { name, tagline, siteUrl } = content.site;
  const host = new URL(siteUrl).host;
  const texts = cardTexts(card, name, tagline, host);
  assertCardDrawable(pagePath, texts);
  return new ImageResponse(<SocialCard card={card} siteName={name} tagline={tagline} host={host} />, {
    ...socialImageSize,
    fonts: await socialCardFonts(texts),
  });
}
