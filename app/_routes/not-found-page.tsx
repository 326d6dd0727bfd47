import { PageShell } from "@/components/PageShell";
import { RegionPicker } from "@/components/region/RegionPicker";
import { UnknownRegionNotice } from "@/components/region/UnknownRegionNotice";
import { getSiteContent } from "@/lib/content";
import { localePath, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";
import { regionPickerText, unknownRegionText } from "@/lib/ui-text/island-text";

/** The 404 page of each language: /404.html, and /ja/404.html for unknown paths under /ja/. */
export async function NotFoundPage({ locale }: { locale: Locale }) {
  const { site, placeReadings } = await getSiteContent(locale);
  const text = uiTextFor(locale);
  return (
    <PageShell site={site} locale={locale} path="/">
      <h1 className="text-3xl font-bold tracking-tight">{text.notFound.title}</h1>
      <p className="mt-3 text-lg">{text.notFound.body}</p>
      <UnknownRegionNotice locale={locale} text={unknownRegionText(locale)} />
      <p className="mt-6 font-semibold">{text.notFound.suggestions}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {text.nav.links.map((link) => (
          <li key={link.href}>
            <a href={localePath(locale, link.href)} className="inline-block py-0.5 underline underline-offset-4">
              {link.label}
            </a>
            {/* Not a colon: a label may end in a question mark ("Does it apply to me?"). */}
            {text.punctuation.labelAndHint}
            {link.hint}
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-bold">{text.notFound.pickPlace}</h2>
      <RegionPicker locale={locale} text={regionPickerText(locale)} readings={placeReadings} />
    </PageShell>
  );
}
