import { PageShell } from "@/components/PageShell";
import { SourceList } from "@/components/SourceList";
import { citedInIndex } from "@/lib/cited-in";
import { getSiteContent } from "@/lib/content";
import { type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { metadataFor } from "./page-metadata";
import type { PageRoute } from "./page-route";

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
} satisfies PageRoute;
