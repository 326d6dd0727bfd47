import { MdxContent } from "@/components/mdx/MdxContent";
import { PageShell } from "@/components/PageShell";
import { numberCitations } from "@/lib/citations";
import type { CompiledDocument } from "@/lib/content/site-content";
import type { PageFrontmatter, SiteConfig, Source } from "@/lib/schemas";
import { type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { CorrectionsLog, type ShownCorrection } from "./CorrectionsLog";
import { OpenDataDocs } from "./OpenDataDocs";

interface AboutPageProps {
  locale: Locale;
  site: Pick<SiteConfig, "name" | "tagline" | "reportMistakeUrl">;
  about: CompiledDocument<PageFrontmatter>;
  sourcesById: ReadonlyMap<string, Source>;
  corrections: ShownCorrection[];
}

/** How the site was researched and what it does not do (content/about.mdx), then reporting, corrections and the data files. */
export function AboutPage({ locale, site, about, sourcesById, corrections }: AboutPageProps) {
  const text = uiTextFor(locale).about;
  return (
    <PageShell site={site} locale={locale} path="/about" section="/about">
      <article className="print-urls prose prose-slate dark:prose-invert max-w-none prose-h1:text-3xl sm:prose-h1:text-4xl prose-headings:scroll-mt-4 prose-a:underline-offset-4 prose-code:before:content-none prose-code:after:content-none">
        <h1>{about.frontmatter.title}</h1>
        <MdxContent code={about.code} locale={locale} numbering={numberCitations(about.citedInBody, sourcesById)} />

        <h2 id="report-a-mistake">{text.reportHeading}</h2>
        <p>
          {text.reportIntro} <a href={site.reportMistakeUrl}>{text.reportLink}</a>{uiTextFor(locale).punctuation.fullStop}{text.reportAfter}
        </p>

        <CorrectionsLog corrections={corrections} locale={locale} />
        <OpenDataDocs locale={locale} />
      </article>
    </PageShell>
  );
}
