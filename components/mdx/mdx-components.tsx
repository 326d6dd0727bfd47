import type { ReactNode } from "react";
import { ActionLink } from "./ActionLink";
import { KeyDateMaps, type KeyDateMapsProps } from "@/components/map/KeyDateMaps";
import { Callout } from "./Callout";
import type { CitationNumbering } from "@/lib/citations";
import { Cite } from "./Cite";

/**
 * The one registry of components available inside MDX. Citations are numbered per page,
 * so the map is made for a page's numbering.
 */
export function mdxComponents(numbering: CitationNumbering, keyDateMaps?: KeyDateMapsProps) {
  return {
    Cite: ({ id }: { id: string }) => <Cite id={id} numbering={numbering} />,
    Callout: (props: { kind?: "note" | "warning"; title?: string; children: ReactNode }) => <Callout {...props} />,
    ActionLink,
    /** The world map on each key date: `<KeyDateMaps />`. Its route passes the map's data. */
    KeyDateMaps: () => {
      if (!keyDateMaps) throw new Error("<KeyDateMaps /> is used on a page whose route does not pass the map's data (see app/page.tsx)");
      return <KeyDateMaps {...keyDateMaps} />;
    },
  };
}
