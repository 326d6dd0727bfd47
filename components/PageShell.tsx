import type { ReactNode } from "react";
import { getSiteContent } from "@/lib/content.server";
import { SiteHeader } from "./SiteHeader";

/** The header (with this page marked in the navigation) and the main landmark. */
export async function PageShell({ currentPath, children }: { currentPath?: string; children: ReactNode }) {
  const { site } = await getSiteContent();
  return (
    <>
      <SiteHeader siteName={site.name} tagline={site.tagline} currentPath={currentPath} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-8 focus:outline-none print:max-w-none print:px-0 print:pt-0">
        {children}
      </main>
    </>
  );
}
