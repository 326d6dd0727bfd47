import type { ComponentProps, ReactNode } from "react";
import { ActionLink } from "./ActionLink";
import { KeyDateMaps, type KeyDateMapsProps } from "@/components/map/KeyDateMaps";
import { LinkedInLabel } from "@/components/LinkedInLabel";
import { Untranslated } from "@/components/Untranslated";
import { Callout } from "./Callout";
import type { CitationNumbering } from "@/lib/citations";
import { localiseHref, type Locale } from "@/lib/i18n";
import type { TranslatedLabel } from "@/lib/schemas";
import { reportedWordings } from "@/lib/ui-text";
import { Cite } from "./Cite";

export interface MdxPageContext {
  locale: Locale;
  numbering: CitationNumbering;
  keyDateMaps?: Omit<KeyDateMapsProps, "locale">;
  /** LinkedIn's labels as reports give them in the page's language. */
  translatedLabels?: readonly TranslatedLabel[];
}

/**
 * The one registry of components available inside MDX. Citations are numbered per page, so the map
 * is made for a page's numbering; links to the site's pages, written with English paths in every
 * language, lead to the page's own language.
 */
export function mdxComponents({ locale, numbering, keyDateMaps, translatedLabels = [] }: MdxPageContext) {
  return {
    a: ({ href = "", ...props }: ComponentProps<"a">) => <a href={localiseHref(locale, href)} {...props} />,
    strong: ({ children }: { children?: ReactNode }) => (
      <LinkedInLabel translatedLabels={translatedLabels} reported={reportedWordings(locale)}>
        {children}
      </LinkedInLabel>
    ),
    Cite: ({ id }: { id: string }) => <Cite id={id} numbering={numbering} locale={locale} />,
    Callout: (props: { kind?: "note" | "warning"; title?: string; children: ReactNode }) => <Callout {...props} locale={locale} />,
    ActionLink: ({ href, children }: { href: string; children: ReactNode }) => <ActionLink href={localiseHref(locale, href)}>{children}</ActionLink>,
    /** English blocks of a translated page not translated yet (the loader wraps them). */
    Untranslated: ({ children }: { children: ReactNode }) => <Untranslated locale={locale}>{children}</Untranslated>,
    /** The world map on each key date: `<KeyDateMaps />`. Its route passes the map's data. */
    KeyDateMaps: () => {
      if (!keyDateMaps) throw new Error("<KeyDateMaps /> is used on a page whose route does not pass the map's data (see app/_routes/story.tsx)");
      return <KeyDateMaps {...keyDateMaps} locale={locale} />;
    },
  };
}
