/**
 * One route's page, written once for every language: app/(en)/… and app/[lang]/… are thin files that
 * name the language and call it. It loads that language's content and passes plain props to components.
 * (One module per route, so each page's bundle holds only its own islands.)
 */
import { ObjectPage } from "@/components/object/ObjectPage";
import { PageShell } from "@/components/PageShell";
import { getSiteContent } from "@/lib/content";
import { type Locale } from "@/lib/i18n";
import { objectPageView } from "@/lib/object-page";
import { metadataFor } from "./page-metadata";

export const objectRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/object"),
  async Page({ locale }: { locale: Locale }) {
    const content = await getSiteContent(locale);
    return (
      <PageShell site={content.site} locale={locale} path="/object" section="/object">
        <ObjectPage view={objectPageView(content)} locale={locale} />
      </PageShell>
    );
  },
};
