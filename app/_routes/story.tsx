import { MdxContent } from "@/components/mdx/MdxContent";
import { PageShell } from "@/components/PageShell";
import { LanguageSuggestion } from "@/components/LanguageSuggestion";
import { numberCitations } from "@/lib/citations";
import { getSiteContent } from "@/lib/content";
import { locales, type Locale } from "@/lib/i18n";
import { worldMapData } from "@/lib/map/map-data.server";
import { uiTextFor } from "@/lib/ui-text";
import { metadataFor } from "./page-metadata";
import type { PageRoute } from "./page-route";

/** The language suggestion's words in every language (a few words each). */
function suggestionTexts() {
  return Object.fromEntries(locales.map((locale) => {
    const { suggestion, suggestionLink, dismiss } = uiTextFor(locale).language;
    return [locale, { suggestion, suggestionLink, dismiss }];
  })) as Record<Locale, { suggestion: string; suggestionLink: string; dismiss: string }>;
}

export const storyRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/"),
  async Page({ locale }: { locale: Locale }) {
    const { site, story, sourcesById, regions, timeline, translatedLabels } = await getSiteContent(locale);
    return (
      <PageShell site={site} locale={locale} path="/" section="/">
        <LanguageSuggestion locale={locale} texts={suggestionTexts()} />
        <article className="print-urls prose prose-slate dark:prose-invert max-w-none prose-h1:text-3xl sm:prose-h1:text-4xl prose-headings:scroll-mt-4 prose-a:underline-offset-4">
          <h1>{story.frontmatter.title}</h1>
          <MdxContent
            code={story.code}
            locale={locale}
            translatedLabels={translatedLabels}
            numbering={numberCitations(story.citedInBody, sourcesById)}
            keyDateMaps={{ map: worldMapData(regions, timeline), text: uiTextFor(locale).map }}
          />
        </article>
      </PageShell>
    );
  },
} satisfies PageRoute;
