import { ObjectPage } from "@/components/object/ObjectPage";
import { PageShell } from "@/components/PageShell";
import { getSiteContent } from "@/lib/content";
import { type Locale } from "@/lib/i18n";
import { objectPageView } from "@/lib/object-page";
import { metadataFor } from "./page-metadata";
import type { PageRoute } from "./page-route";

export const objectRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/object"),
  async Page({ locale }: { locale: Locale }) {
    const content = await getSiteContent(locale);
    return (
      <PageShell site={content.site} locale={locale} path="/object" section="/object">
        <ObjectPage view={objectPageView(content)} locale={locale} translatedLabels={content.translatedLabels} />
      </PageShell>
    );
  },
} satisfies PageRoute;
