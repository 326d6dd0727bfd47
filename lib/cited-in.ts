/**
 * For each source, the places on the site that cite it, as /sources lists them under "Cited in".
 * Built from the loaded content and the routes of lib/site-pages.ts; the words are uiText's.
 */
import type { SiteContent } from "./content/site-content";
import { guideCommonSourceIds, guidePlatformSourceIds, jurisdictionSourceIds, sourceIdsIn } from "./source-references";
import { localiseHref } from "./i18n";
import { formatMessage, uiTextFor } from "./ui-text";

export interface CitingPlace {
  label: string;
  href: string;
}

export function citedInIndex(content: SiteContent): ReadonlyMap<string, CitingPlace[]> {
  const text = uiTextFor(content.locale).sources.citingPlace;
  const citedIn = new Map<string, CitingPlace[]>();
  const add = (ids: readonly string[], { label, href }: CitingPlace) => {
    const place = { label, href: localiseHref(content.locale, href) };
    for (const id of ids) {
      const places = citedIn.get(id) ?? [];
      if (!places.some((known) => known.href === place.href)) places.push(place);
      citedIn.set(id, places);
    }
  };
  add(content.story.citedInBody, { label: text.story, href: "/" });
  add(content.about.citedInBody, { label: text.about, href: "/about" });
  for (const entry of content.timeline) add(entry.sourceIds, { label: formatMessage(content.locale, "sources.citingPlace.timelineEntry", { title: entry.frontmatter.title }), href: `/timeline#${entry.slug}` });
  const { regions, guide } = content;
  add(regions.whatToDo.flatMap((item) => item.sources), { label: text.regionChecker, href: "/region" });
  for (const jurisdiction of regions.jurisdictions.values()) {
    const firstPlace = [...regions.places.values()].find((place) => place.jurisdiction === jurisdiction.id);
    if (firstPlace) {
      add(jurisdictionSourceIds(jurisdiction), { label: formatMessage(content.locale, "sources.citingPlace.jurisdiction", { name: jurisdiction.name }), href: `/region/${firstPlace.code.toLowerCase()}` });
    }
  }
  add(guideCommonSourceIds(guide.common), { label: text.guide, href: "/guide" });
  for (const platform of guide.platforms) add(guidePlatformSourceIds(platform), { label: formatMessage(content.locale, "sources.citingPlace.guidePlatform", { name: platform.name }), href: `/guide/${platform.platform}` });
  for (const regulator of content.regulators.regulators) {
    add(regulator.sources, { label: formatMessage(content.locale, "sources.citingPlace.jurisdiction", { name: regulator.name }), href: `/region/${regulator.places[0].toLowerCase()}` });
  }
  add(sourceIdsIn([content.regulators.lead, content.regulators.ownAuthority]), { label: text.regionChecker, href: "/region" });
  add(sourceIdsIn(content.objectPage), { label: content.objectPage.title, href: "/object" });
  return citedIn;
}
