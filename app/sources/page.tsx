import type { Metadata } from "next";
import { PageShell } from "@/components/PageShell";
import { SourceList } from "@/components/SourceList";
import { citedInIndex } from "@/lib/cited-in";
import { getSiteContent } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { uiText } from "@/lib/ui-text";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/sources");
}

export default async function SourcesPage() {
  const content = await getSiteContent();
  return (
    <PageShell site={content.site} currentPath="/sources">
      <h1 className="text-3xl font-bold tracking-tight">{uiText.sources.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{uiText.sources.intro}</p>
      <SourceList sources={content.sources} citedIn={citedInIndex(content)} />
    </PageShell>
  );
}
