/**
 * The /object page as plain props: each section with its sources, regulators, places and objection
 * text, made from content/object.yaml, content/regions/regulators.yaml and the place list.
 */
import type { Locale } from "./i18n";
import { placeName } from "./place-names";
import { objectionText, type RegulatorView } from "./regulators";
import type { RegionData } from "./region-rules";
import type { ObjectPageContent, RegulatorsFile, Source } from "./schemas";

export interface CitedView {
  text: string;
  sources: Source[];
}

export interface ObjectSectionView {
  id: string;
  heading: string;
  legalBasis: CitedView;
  rightToObject: CitedView;
  olderData: CitedView;
  /** The lead authority first, then each place's own, A to Z by country. */
  regulators: (RegulatorView & { note?: CitedView })[];
  ownAuthority: { text: string; listUrl: string; listLabel: string; sources: Source[] } | null;
  /** Every place this section answers for, A to Z by name. */
  places: { code: string; name: string }[];
  objectionText: string;
}

export interface ObjectPageView {
  title: string;
  intro: string;
  switchCovers: { heading: string; covers: CitedView[]; doesNotCover: CitedView[] };
  objectionForm: { heading: string; text: string; sources: Source[] };
  /** One edition's own notes for its readers (none in English). */
  editionNotes: (CitedView & { id: string; heading: string })[];
  placesHeading: string;
  placesIntro: string;
  template: { heading: string; intro: string };
  sections: ObjectSectionView[];
  /** Upper-case place code → the id of its section, for the saved-place link. */
  sectionOfPlace: Record<string, string>;
  /** Every source the page cites, once, in order of first use. */
  sources: Source[];
}

export function objectPageView(content: {
  locale: Locale;
  objectPage: ObjectPageContent;
  regulators: RegulatorsFile;
  regions: Pick<RegionData, "places">;
  sourcesById: ReadonlyMap<string, Source>;
}): ObjectPageView {
  const { objectPage: page, regulators, regions, sourcesById } = content;
  const used = new Map<string, Source>();
  const sources = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const source = sourcesById.get(id);
      if (!source) return [];
      used.set(id, source);
      return [source];
    });
  const cited = ({ text, sources: ids }: { text: string; sources: string[] }): CitedView => ({ text, sources: sources(ids) });

  const editionNotes = page.editionNotes.map((note) => ({ id: note.id, heading: note.heading, ...cited(note) }));
  const switchCovers = { heading: page.switchCovers.heading, covers: page.switchCovers.covers.map(cited), doesNotCover: page.switchCovers.doesNotCover.map(cited) };
  const objectionForm = { heading: page.objectionForm.heading, text: page.objectionForm.text, sources: sources(page.objectionForm.sources) };

  const sectionOfPlace: Record<string, string> = {};
  const sections = page.sections.map((section): ObjectSectionView => {
    const places = [...regions.places.values()]
      .filter((place) => section.jurisdictions.includes(place.jurisdiction))
      .map((place) => ({ code: place.code, name: placeName(place.code, [content.locale]) }))
      .sort((a, b) => a.name.localeCompare(b.name, content.locale));
    for (const place of places) sectionOfPlace[place.code] = section.id;
    const codes = new Set(places.map((place) => place.code));
    const leadsHere = regulators.lead.jurisdictions.some((id) => section.jurisdictions.includes(id));
    const lead = leadsHere ? regulators.regulators.find((regulator) => regulator.id === regulators.lead.regulator) : undefined;
    const own = regulators.regulators
      .filter((regulator) => regulator !== lead && regulator.places.some((code) => codes.has(code)))
      .sort((a, b) => placeName(a.places[0], [content.locale]).localeCompare(placeName(b.places[0], [content.locale]), content.locale));
    const view = (regulator: (typeof regulators.regulators)[number], note?: CitedView) => ({
      name: regulator.name,
      of: regulator.of,
      website: regulator.website,
      said: regulator.said,
      sources: sources(regulator.sources),
      note,
    });
    return {
      id: section.id,
      heading: section.heading,
      legalBasis: cited(section.legalBasis),
      rightToObject: cited(section.rightToObject),
      olderData: cited(section.olderData),
      regulators: [...(lead ? [view(lead, cited({ text: regulators.lead.text, sources: regulators.lead.sources }))] : []), ...own.map((regulator) => view(regulator))],
      ownAuthority: leadsHere
        ? { text: regulators.ownAuthority.text, listUrl: regulators.ownAuthority.listUrl, listLabel: regulators.ownAuthority.listLabel, sources: sources(regulators.ownAuthority.sources) }
        : null,
      places,
      objectionText: objectionText(page.template.text, section),
    };
  });

  return {
    title: page.title,
    intro: page.intro,
    switchCovers,
    editionNotes,
    objectionForm,
    placesHeading: page.placesHeading,
    placesIntro: page.placesIntro,
    template: { heading: page.template.heading, intro: page.template.intro },
    sections,
    sectionOfPlace,
    sources: [...used.values()],
  };
}
