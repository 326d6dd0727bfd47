import type { Metadata } from "next";
import { ObjectPage } from "@/components/object/ObjectPage";
import { PageShell } from "@/components/PageShell";
import { getSiteContent } from "@/lib/content";
import { objectPageView } from "@/lib/object-page";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/object");
}

export default async function ObjectRoute() {
  const content = await getSiteContent();
  return (
    <PageShell site={content.site} currentPath="/object">
      <ObjectPage view={objectPageView(content)} />
    </PageShell>
  );
}
