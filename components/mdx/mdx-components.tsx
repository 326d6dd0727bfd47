import type { ReactNode } from "react";
import { ActionLink } from "./ActionLink";
import { Callout } from "./Callout";
import type { CitationNumbering } from "@/lib/citations";
import { Cite } from "./Cite";

/**
 * The one registry of components available inside MDX. Citations are numbered per page,
 * so the map is made for a page's numbering.
 */
export function mdxComponents(numbering: CitationNumbering) {
  return {
    Cite: ({ id }: { id: string }) => <Cite id={id} numbering={numbering} />,
    Callout: (props: { kind?: "note" | "warning"; title?: string; children: ReactNode }) => <Callout {...props} />,
    ActionLink,
  };
}
