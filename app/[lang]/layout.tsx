import { RootDocument, rootMetadata, rootViewport } from "@/app/_routes/root-document";
import { localeOf } from "@/app/_routes/locale-param";
import { prefixedLocales } from "@/lib/i18n";
import "../globals.css";

/** The languages other than English, each under its own prefix: /ja, /ja/region/de. */
export const dynamicParams = false;

export function generateStaticParams() {
  return prefixedLocales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<"/[lang]">) {
  return rootMetadata(await localeOf(params));
}
export const viewport = rootViewport;

export default async function TranslatedLayout({ children, params }: LayoutProps<"/[lang]">) {
  return <RootDocument locale={await localeOf(params)}>{children}</RootDocument>;
}
