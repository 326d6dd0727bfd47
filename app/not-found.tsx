import type { Metadata } from "next";
import { PageShell } from "@/components/PageShell";
import { RegionPicker } from "@/components/region/RegionPicker";
import { UnknownRegionNotice } from "@/components/region/UnknownRegionNotice";
import { getSiteContent } from "@/lib/content";
import { uiText } from "@/lib/ui-text";

export const metadata: Metadata = { title: uiText.notFound.title, robots: { index: false } };

export default async function NotFound() {
  const { site } = await getSiteContent();
  return (
    <PageShell site={site}>
      <h1 className="text-3xl font-bold tracking-tight">{uiText.notFound.title}</h1>
      <p className="mt-3 text-lg">{uiText.notFound.body}</p>
      <UnknownRegionNotice />
      <p className="mt-6 font-semibold">{uiText.notFound.suggestions}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {uiText.nav.links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="inline-block py-0.5 underline underline-offset-4">
              {link.label}
            </a>
            : {link.hint}
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-bold">{uiText.notFound.pickPlace}</h2>
      <RegionPicker />
    </PageShell>
  );
}
