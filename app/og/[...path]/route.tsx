import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/SocialCard";
import { getSiteContent } from "@/lib/content";
import { sitePage, sitePages } from "@/lib/site-pages";
import { assertCardDrawable, cardTexts, pagePathOfSocialImage, socialImageSegments, socialImageSize } from "@/lib/social-card";

/** Each page's social image (1200×630 PNG), drawn once at build time for every page in lib/site-pages.ts. */
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return sitePages(await getSiteContent()).map((page) => ({ path: socialImageSegments(page.path) }));
}

export async function GET(_request: Request, { params }: RouteContext<"/og/[...path]">) {
  const content = await getSiteContent();
  const pagePath = pagePathOfSocialImage((await params).path);
  if (!pagePath) return new Response(null, { status: 404 });
  const { card } = sitePage(content, pagePath);
  const { name, tagline, siteUrl } = content.site;
  const host = new URL(siteUrl).host;
  assertCardDrawable(pagePath, cardTexts(card, name, tagline, host));
  return new ImageResponse(<SocialCard card={card} siteName={name} tagline={tagline} host={host} />, socialImageSize);
}
