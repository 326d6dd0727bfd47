import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";

/**
 * A route's page, written once for every language, in its own module here (so each page's bundle holds
 * only its own islands), exported as `<name>Route`: app/(en)/… and app/[lang]/… are thin files that name
 * the language and call it. It loads that language's content (lib/content) and passes plain props to
 * components.
 */
export interface PageRoute {
  metadata: (locale: Locale) => Promise<Metadata>;
  Page: (props: { locale: Locale }) => Promise<ReactNode>;
}

/** A route with one dynamic segment (/region/[code]): every value it is built for, and its page for one. */
export interface ParamPageRoute<Segment extends string> {
  params: () => Record<Segment, string>[];
  metadata: (locale: Locale, param: string) => Promise<Metadata>;
  Page: (props: { locale: Locale; param: string }) => Promise<ReactNode>;
}
