import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n";

/** The page's language from its first segment (/ja/…); any other segment is not a page. */
export async function localeOf(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang) || lang === "en") notFound();
  return lang;
}
