import type { Metadata } from "next";
import { AboutPage } from "@/components/about/AboutPage";
import { getSiteContent } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { linkLabel } from "@/lib/site-pages";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/about");
}

export default async function About() {
  const content = await getSiteContent();
  const corrections = content.corrections.map((correction) => ({
    ...correction,
    pages: correction.pages.map((href) => ({ href, label: linkLabel(content, href) })),
  }));
  return <AboutPage site={content.site} about={content.about} sourcesById={content.sourcesById} corrections={corrections} />;
}
