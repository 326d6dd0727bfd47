/**
 * The open-data files, /data/timeline.json and /data/regions.json: the facts the pages show, made
 * from the same loaded content when the site is built. Their shape is documented on /about from
 * uiText.openData, and tests/unit/open-data.test.ts checks that the documentation lists every field.
 * Optional values are null rather than missing, so every record has the same fields.
 */
import type { SiteContent } from "./content/site-content";
import { placeName } from "./place-names";
import { regionStatusValues, type Source } from "./schemas";
import { absoluteUrl } from "./site-pages";
import { jurisdictionSourceIds } from "./source-references";
import { timelineEntryDay } from "./timeline";
import { localePath, localiseHref } from "./i18n";
import { uiTextFor } from "./ui-text";

/** In English; each other language has its copy under its prefix (/ja/data/…), with its words and the same facts. */
export const openDataPaths = { timeline: "/data/timeline.json", regions: "/data/regions.json" } as const;

function sourceRecord(source: Source) {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    date: source.date,
    url: source.url,
    archiveUrl: source.archiveUrl ?? null,
    recordedVersionDate: source.recordedVersion?.date ?? null,
    recordedVersionUrl: source.recordedVersion?.url ?? null,
    note: source.note ?? null,
    confidence: source.confidence,
  };
}

function sourcesFor(content: SiteContent, ids: Iterable<string>) {
  const wanted = new Set(ids);
  return content.sources.filter((source) => wanted.has(source.id)).map(sourceRecord);
}

function about(content: SiteContent) {
  return {
    site: content.site.name,
    siteUrl: content.site.siteUrl,
    documentation: absoluteUrl(content.site.siteUrl, localiseHref(content.locale, "/about#open-data")),
    language: content.locale,
    lastReviewed: content.site.lastReviewed,
  };
}

export function timelineData(content: SiteContent) {
  const entries = content.timeline.map((entry) => ({
    slug: entry.slug,
    url: absoluteUrl(content.site.siteUrl, localiseHref(content.locale, `/timeline#${entry.slug}`)),
    title: entry.frontmatter.title,
    date: entry.frontmatter.date,
    dateLabel: entry.frontmatter.dateLabel ?? null,
    sortDate: timelineEntryDay(entry),
    regions: entry.regions,
    text: entry.paragraphs,
    sources: entry.sourceIds,
  }));
  return {
    ...about(content),
    entries,
    sources: sourcesFor(content, content.timeline.flatMap((entry) => entry.sourceIds)),
  };
}

export function regionsData(content: SiteContent) {
  const { regions } = content;
  const jurisdictions = [...regions.jurisdictions.values()];
  return {
    ...about(content),
    rangeStart: regions.rangeStart,
    statuses: regionStatusValues.map((id) => ({ id, label: uiTextFor(content.locale).region.statusLabel[id] })),
    jurisdictions: jurisdictions.map((jurisdiction) => ({
      id: jurisdiction.id,
      name: jurisdiction.name,
      why: jurisdiction.why,
      advice: jurisdiction.advice ?? null,
      adviceSources: jurisdiction.adviceSources,
      periods: jurisdiction.periods.map((period) => ({
        from: period.from,
        to: period.to ?? null,
        status: period.status,
        reason: period.reason,
        caveat: period.caveat ?? null,
        sources: period.sources,
        timeline: period.timeline,
      })),
    })),
    places: [...regions.places.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((place) => ({
        code: place.code,
        name: placeName(place.code, [content.locale]),
        jurisdiction: place.jurisdiction,
        note: place.note ?? null,
        url: absoluteUrl(content.site.siteUrl, localePath(content.locale, `/region/${place.code.toLowerCase()}`)),
      })),
    sources: sourcesFor(content, jurisdictions.flatMap(jurisdictionSourceIds)),
  };
}

/** A data file as served: indented, so it reads in a browser too. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
}
