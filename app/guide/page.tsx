import type { Metadata } from "next";
import { PlatformChooser } from "@/components/guide/PlatformChooser";
import { PageShell } from "@/components/PageShell";
import { getSiteContent } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { uiText } from "@/lib/ui-text";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/guide");
}

export default async function GuidePage() {
  const { site, guide } = await getSiteContent();
  return (
    <PageShell site={site} currentPath="/guide">
      <h1 className="text-3xl font-bold tracking-tight">{uiText.guide.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{uiText.guide.intro}</p>
      <PlatformChooser platforms={guide.platforms} />
      <p className="mt-8">
        <a href="/object" className="inline-block py-1 underline underline-offset-4">
          {uiText.regulators.beyondLink}
        </a>
      </p>
    </PageShell>
  );
}
