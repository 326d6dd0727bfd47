/**
 * The stylesheet that colours the map on /region by colour slot, made from the data: as many slots as
 * the content has jurisdictions, served as /map-styles/slots-<hash>.css (app/map-styles/[file]/route.ts;
 * a plain stylesheet, so not in /map/, whose files get the policy of an image that styles itself) and
 * linked from the map itself. A map's element carries each slot's status
 * on the day shown as data-s0, data-s1, … (components/map/MapExplorer.tsx); these rules turn that into
 * the custom properties --s0, --s1, …, which the shapes and dots of class map-s0, map-s1, … fill with.
 * Without JavaScript, a key date's summary targeted by the address (#on-<day>) carries that day's
 * statuses the same way, and the map after it takes them. The colours are world-map.css's.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { RegionStatus } from "../schemas";

/** Where the stylesheet is served: a folder of hashed files (deploy/serving-rules.mjs), cached for good. */
export const slotStyleDirectory = "/map-styles/";

const statusFill: Record<RegionStatus, string> = {
  "used-by-default": "var(--map-used)",
  excluded: "var(--map-left-out-fill)",
  uncertain: "var(--map-not-known-fill)",
};

/** The rules for slots 0 to `slots` - 1. */
export function mapSlotRules(slots: number): string {
  const rules: string[] = [];
  for (let slot = 0; slot < slots; slot += 1) {
    rules.push(`.map-s${slot}{fill:var(--s${slot},var(--map-neutral))}`);
    for (const [status, fill] of Object.entries(statusFill)) {
      const marked = `[data-s${slot}="${status}"]`;
      rules.push(`.world-map${marked},.map-explorer:not([data-live]) .map-summary-key${marked}:target~.world-map{--s${slot}:${fill}}`);
    }
  }
  return `${rules.join("\n")}\n`;
}

const styles = new Map<number, { text: string; file: string; href: string }>();

/** The stylesheet's text, its content-hashed file name and its address, for a number of slots. */
export function mapSlotStyle(slots: number): { text: string; file: string; href: string } {
  let style = styles.get(slots);
  if (!style) {
    const text = mapSlotRules(slots);
    const file = `slots-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.css`;
    style = { text, file, href: `${slotStyleDirectory}${file}` };
    styles.set(slots, style);
  }
  return style;
}
