import { AboutPage } from "@/components/about/AboutPage";
import { getSiteContent } from "@/lib/content";
import { localiseHref, type Locale } from "@/lib/i18n";
import { linkLabel } from "@/lib/site-pages";
import { metadataFor } from "./page-metadata";
import type { PageRoute } from "./page-route";

export const aboutRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/about"),
  async Page({ locale }: { locale: Locale }) {
    const content = await getSiteContent(locale);
    const corrections = content.corrections.map((correction) => ({
      ...correction,
      pages: correction.pages.map((href) => ({ href: localiseHref(locale, href), label: linkLabel(content, href) })),
    }));
    return <AboutPage locale={locale} site={content.site} about={content.about} sourcesById={content.sourcesById} corrections={corrections} />;
  },
} satisfies PageRoute;
