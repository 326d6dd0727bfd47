/**
 * One route's page, written once for every language: app/(en)/… and app/[lang]/… are thin files that
 * name the language and call it. It loads that language's content and passes plain props to components.
 * (One module per route, so each page's bundle holds only its own islands.)
 */
import { PageShell } from "@/components/PageShell";
import { SourceList } from "@/components/SourceList";
import { citedInIndex } from "@/lib/cited-in";
import { getSiteContent } from "@/lib/content";
import { type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { metadataFor } from "./page-metadata";

export const sourcesRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/sources"),
  async Page({ locale }: { locale: Locale }) {
    const content = await getSiteContent(locale);
    const text = uiTextFor(locale);
    return (
      <PageShell site={content.site} locale={locale} path="/sources" section="/sources">
        <h1 className="text-3xl font-bold tracking-tight">{text.sources.title}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{text.sources.intro}</p>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{text.sources.recordedIntro}</p>
        <SourceList sources={content.sources} citedIn={citedInIndex(content)} locale={locale} />
      </PageShell>
    );
  },
};
