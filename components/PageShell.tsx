import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import type { SiteConfig } from "@/lib/schemas";
import { ReportedLabelsNote } from "./ReportedLabelsNote";
import { SiteHeader } from "./SiteHeader";

/**
 * The header (with this page marked in the navigation and a link to it in the other languages) and the
 * main landmark. `path` is the page's own path in English ("/region/de"), `section` the navigation entry
 * it belongs to ("/region"). The main content ends with the note on LinkedIn's reported labels, shown
 * only where the page shows one.
 */
export function PageShell({
  site,
  locale,
  path,
  section,
  children,
}: {
  site: Pick<SiteConfig, "name" | "tagline">;
  locale: Locale;
  path: string;
  section?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader siteName={site.name} tagline={site.tagline} locale={locale} path={path} section={section} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-8 focus:outline-none print:max-w-none print:px-0 print:pt-0">
        {children}
        <ReportedLabelsNote locale={locale} />
      </main>
    </>
  );
}
