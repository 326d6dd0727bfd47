import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { getSiteContent } from "@/lib/content";
import type { Locale } from "@/lib/i18n";
import { siteIcon } from "@/lib/site-icon";
import { themeScript } from "@/lib/theme";
import { uiTextFor } from "@/lib/ui-text";

/** Every language's pages share this document; each language's root layout gives its `lang`. */
export async function rootMetadata(locale: Locale): Promise<Metadata> {
  const { site } = await getSiteContent(locale);
  return {
    metadataBase: new URL(site.siteUrl),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.description,
    icons: { icon: [siteIcon] },
  };
}

export const rootViewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export async function RootDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { site } = await getSiteContent(locale);
  return (
    // The inline script may set data-theme on <html> before React hydrates: that is expected.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* First in <head>, before any stylesheet and before paint: a saved theme is applied, and data-js
            lets CSS lay out what JavaScript will enhance (the guide's stepper) so nothing jumps after load. */}
        <script dangerouslySetInnerHTML={{ __html: `document.documentElement.setAttribute("data-js","");${themeScript}` }} />
      </head>
      <body className="bg-white text-slate-900 antialiased dark:bg-slate-900 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:outline focus:outline-2"
        >
          {uiTextFor(locale).skipToContent}
        </a>
        {children}
        <SiteFooter locale={locale} lastReviewed={site.lastReviewed} reportMistakeUrl={site.reportMistakeUrl} />
      </body>
    </html>
  );
}
