import { MdxContent } from "@/components/mdx/MdxContent";
import { PageShell } from "@/components/PageShell";
import { numberCitations } from "@/lib/citations";
import { getSiteContent } from "@/lib/content.server";
import { uiText } from "@/lib/ui-text";
import { CorrectionsLog } from "./CorrectionsLog";
import { OpenDataDocs } from "./OpenDataDocs";

const text = uiText.about;

/** How the site was researched and what it does not do (content/about.mdx), then reporting, corrections and the data files. */
export async function AboutPage() {
  const content = await getSiteContent();
  const { about, site, sourcesById } = content;
  return (
    <PageShell currentPath="/about">
      <article className="print-urls prose prose-slate dark:prose-invert max-w-none prose-h1:text-3xl sm:prose-h1:text-4xl prose-headings:scroll-mt-4 prose-a:underline-offset-4 prose-code:before:content-none prose-code:after:content-none">
        <h1>{about.frontmatter.title}</h1>
        <MdxContent code={about.code} numbering={numberCitations(about.citedInBody, sourcesById)} />

        <h2 id="report-a-mistake">{text.reportHeading}</h2>
        <p>
          {text.reportIntro} <a href={site.reportMistakeUrl}>{text.reportLink}</a>. {text.reportAfter}
        </p>

        <CorrectionsLog content={content} />
        <OpenDataDocs />
      </article>
    </PageShell>
  );
}
