import type { ReactNode } from "react";
import type { SiteConfig } from "@/lib/schemas";
import { SiteHeader } from "./SiteHeader";

/** The header (with this page marked in the navigation) and the main landmark. */
export function PageShell({ site, currentPath, children }: { site: Pick<SiteConfig, "name" | "tagline">; currentPath?: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader siteName={site.name} tagline={site.tagline} currentPath={currentPath} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-8 focus:outline-none print:max-w-none print:px-0 print:pt-0">
        {children}
      </main>
    </>
  );
}
