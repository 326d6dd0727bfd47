import type { Metadata } from "next";
import { MdxContent } from "@/components/mdx/MdxContent";
import { PageShell } from "@/components/PageShell";
import { numberCitations } from "@/lib/citations";
import { getSiteContent } from "@/lib/content";
import { worldMapData } from "@/lib/map/map-data.server";
import { mapText } from "@/lib/map/map-text";
import { pageMetadata } from "@/lib/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await getSiteContent(), "/");
}

export default async function StoryPage() {
  const { site, story, sourcesById, regions, timeline } = await getSiteContent();
  return (
    <PageShell site={site} currentPath="/">
      <article className="print-urls prose prose-slate dark:prose-invert max-w-none prose-h1:text-3xl sm:prose-h1:text-4xl prose-headings:scroll-mt-4 prose-a:underline-offset-4">
        <h1>{story.frontmatter.title}</h1>
        <MdxContent
          code={story.code}
          numbering={numberCitations(story.citedInBody, sourcesById)}
          keyDateMaps={{ map: worldMapData(regions, timeline), text: mapText }}
        />
      </article>
    </PageShell>
  );
}
