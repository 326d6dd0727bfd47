import { PlatformChooser } from "@/components/guide/PlatformChooser";
import { ObjectPageLink } from "@/components/object/ObjectPageLink";
import { PageShell } from "@/components/PageShell";
import { getSiteContent } from "@/lib/content";
import type { Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { metadataFor } from "./page-metadata";
import type { PageRoute } from "./page-route";

export const guideChooserRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/guide"),
  async Page({ locale }: { locale: Locale }) {
    const { site, guide } = await getSiteContent(locale);
    const text = uiTextFor(locale);
    return (
      <PageShell site={site} locale={locale} path="/guide" section="/guide">
        <h1 className="text-3xl font-bold tracking-tight">{text.guide.title}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{text.guide.intro}</p>
        <PlatformChooser platforms={guide.platforms} locale={locale} />
        <ObjectPageLink locale={locale} className="mt-8" />
      </PageShell>
    );
  },
} satisfies PageRoute;
