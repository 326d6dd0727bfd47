import type { Metadata } from "next";
import { AboutPage } from "@/components/about/AboutPage";
import { getSiteContent } from "@/lib/content.server";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/about");
}

export default function About() {
  return <AboutPage />;
}
