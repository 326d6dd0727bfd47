import type { APIRequestContext } from "@playwright/test";
import { siteContent } from "./content";

/** The site's public address, as content/site.yaml sets it. */
export const siteUrl: string = siteContent().siteUrl;

/** A public address on the site, as the path the test server answers it at. */
export function localPath(url: string): string {
  if (!url.startsWith(siteUrl)) throw new Error(`${url} is not on ${siteUrl}`);
  return url.slice(siteUrl.length) || "/";
}

/** Every <loc> of the served sitemap. */
export async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  if (response.status() !== 200) throw new Error(`/sitemap.xml answered ${response.status()}`);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => decodeXml(match[1]));
}

export function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&nbsp;/g, "\u00a0") // French sets one before a colon; HTML writes it as &nbsp;
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export interface HeadMetadata {
  title: string | null;
  /** <meta name=… content=…> and <meta property=… content=…>, the first of each. */
  meta: Map<string, string>;
  canonical: string | null;
  feed: string | null;
  h1: string | null;
}

/** The metadata a crawler or a link preview reads from a page's <head>, and the page's <h1>. */
export function readHead(html: string): HeadMetadata {
  const head = html.slice(0, html.indexOf("</head>"));
  const meta = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:name|property)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined && !meta.has(key)) meta.set(key, decodeXml(content));
  }
  const link = (rel: string) => {
    const tag = [...head.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`rel="${rel}"`) && (rel !== "alternate" || t.includes('type="application/atom+xml"')));
    const href = tag ? /\bhref="([^"]+)"/.exec(tag)?.[1] : undefined;
    return href ? decodeXml(href) : null;
  };
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1];
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return {
    title: title === undefined ? null : decodeXml(title),
    meta,
    canonical: link("canonical"),
    feed: link("alternate"),
    h1: h1 === undefined ? null : decodeXml(h1.replace(/<[^>]+>/g, "")).trim(),
  };
}

/** Width and height from a PNG's header, or null if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every field path of a JSON value, arrays written as [] ("entries[].slug"). */
export function fieldPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) {
    const here = `${prefix}[]`;
    const objects = value.filter((item) => typeof item === "object" && item !== null && !Array.isArray(item));
    return objects.length > 0 ? [here, ...new Set(objects.flatMap((item) => fieldPaths(item, here)))] : [prefix];
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => {
      const here = prefix ? `${prefix}.${key}` : key;
      return typeof item === "object" && item !== null && Array.isArray(item) && item.some((x) => typeof x === "object" && x !== null) ? fieldPaths(item, here) : [here];
    });
  }
  return [prefix];
}
