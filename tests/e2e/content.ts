import { readFileSync } from "node:fs";
import path from "node:path";
import type { TimelineRegionId } from "../../lib/schemas";

/** What the end-to-end tests check the pages against, read from content/ by the site's loader in global-setup.ts. */
export interface ContentSnapshot {
  siteName: string;
  siteUrl: string;
  /** In the timeline's order. */
  timeline: { slug: string; title: string; date: string; day: string; regions: TimelineRegionId[] }[];
  /** In the guide's order; each platform's step titles end with the final check's. */
  guide: { platform: string; name: string; stepIds: string[]; stepTitles: string[]; markedLabels: string[] }[];
  /** LinkedIn's labels by name (content/guide/linkedin-labels.yaml). */
  labels: Record<string, string>;
  directLink: string;
  /** The guides' "What opting out does not do" items' titles, in order (content/guide/common.yaml). */
  afterwardsTitles: string[];
  /** Newest first. */
  corrections: { id: string; date: string; title: string; pages: string[] }[];
  places: { code: string; jurisdiction: string }[];
}

export const contentSnapshotFile = path.resolve(import.meta.dirname, "../../node_modules/.cache/default-on-e2e/content.json");

let snapshot: ContentSnapshot | null = null;

/** The content as the site's loader read it (global-setup.ts writes it before any test runs). */
export function siteContent(): ContentSnapshot {
  snapshot ??= JSON.parse(readFileSync(contentSnapshotFile, "utf8")) as ContentSnapshot;
  return snapshot;
}

/** One region page per jurisdiction: the pages differ by jurisdiction, not by place. */
export function oneRegionPagePerJurisdiction(): string[] {
  const first = new Map<string, string>();
  for (const place of siteContent().places) if (!first.has(place.jurisdiction)) first.set(place.jurisdiction, place.code);
  return [...first.values()].map((code) => `/region/${code.toLowerCase()}`);
}
