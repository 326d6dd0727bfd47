/**
 * Regulators and the /object page: which authority a place has, which section of /object answers
 * for it, and the checks of both files' references to places and jurisdictions (their source ids are
 * checked with every other file's, by lib/content/references.ts). Pure functions over the data of
 * content/regions/regulators.yaml and content/object.yaml.
 */
import { duplicateIdProblems } from "./duplicate-ids";
import type { ObjectPageContent, ObjectSection, Regulator, RegulatorsFile, Source } from "./schemas";

export interface ReferenceProblem {
  /** The field, as the build's message names it: "regulators[2].places[0]". */
  field: string;
  problem: string;
}

export interface KnownContent {
  /** Upper-case place code → its jurisdiction; null while the region files are broken. */
  placeJurisdictions: ReadonlyMap<string, string> | null;
}

function jurisdictionIds(known: KnownContent): ReadonlySet<string> | null {
  return known.placeJurisdictions ? new Set(known.placeJurisdictions.values()) : null;
}

/** What in regulators.yaml names something that does not exist, or names a place twice. */
export function regulatorProblems(file: RegulatorsFile, known: KnownContent): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const jurisdictions = jurisdictionIds(known);
  const ids = new Set(file.regulators.map((regulator) => regulator.id));
  const placeOwners = new Map<string, string>();
  problems.push(...duplicateIdProblems(file.regulators, "regulators", "id", (regulator) => regulator.id));
  file.regulators.forEach((regulator, r) => {
    const at = `regulators[${r}]`;
    regulator.places.forEach((code, p) => {
      const field = `${at}.places[${p}]`;
      if (known.placeJurisdictions && !known.placeJurisdictions.has(code)) {
        problems.push({ field, problem: `"${code}" is not a place in content/regions/places.yaml` });
      }
      const owner = placeOwners.get(code);
      if (owner) problems.push({ field, problem: `"${code}" already has its own regulator, "${owner}"` });
      else placeOwners.set(code, regulator.id);
    });
  });
  if (!ids.has(file.lead.regulator)) problems.push({ field: "lead.regulator", problem: `"${file.lead.regulator}" is not the id of a regulator in this file` });
  file.lead.jurisdictions.forEach((id, j) => {
    if (jurisdictions && !jurisdictions.has(id)) problems.push({ field: `lead.jurisdictions[${j}]`, problem: `"${id}" is not a jurisdiction with places in content/regions/` });
  });
  return problems;
}

/** What in object.yaml names something that does not exist, and jurisdictions answered by no section or by two. */
export function objectPageProblems(page: ObjectPageContent, known: KnownContent): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const jurisdictions = jurisdictionIds(known);
  const sectionOf = new Map<string, string>();
  problems.push(...duplicateIdProblems(page.sections, "sections", "id", (section) => section.id));
  page.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    section.jurisdictions.forEach((id, j) => {
      const field = `${at}.jurisdictions[${j}]`;
      if (jurisdictions && !jurisdictions.has(id)) problems.push({ field, problem: `"${id}" is not a jurisdiction with places in content/regions/` });
      const owner = sectionOf.get(id);
      if (owner) problems.push({ field, problem: `"${id}" is already answered by section "${owner}"` });
      else sectionOf.set(id, section.id);
    });
  });
  if (jurisdictions) {
    const missing = [...jurisdictions].filter((id) => !sectionOf.has(id)).sort();
    if (missing.length > 0) problems.push({ field: "sections", problem: `answer for no section: ${missing.join(", ")}; every jurisdiction needs one` });
  }
  if (!page.template.text.includes("{law}")) problems.push({ field: "template.text", problem: "must contain {law}, where a section's templateLine goes" });
  return problems;
}

export interface PlaceRegulators {
  /** The place's own authority, where the file has one. */
  own: Regulator | null;
  /** The authority that leads for LinkedIn here, when it is not the place's own. */
  lead: { regulator: Regulator; text: string; sources: string[] } | null;
  /** For a place in the lead's area with no entry of its own: how to find its authority. */
  ownAuthority: RegulatorsFile["ownAuthority"] | null;
}

/** The regulators a place's page names. */
export function regulatorsForPlace(code: string, jurisdiction: string, file: RegulatorsFile): PlaceRegulators {
  const own = file.regulators.find((regulator) => regulator.places.includes(code)) ?? null;
  const inLeadArea = file.lead.jurisdictions.includes(jurisdiction);
  const leadRegulator = file.regulators.find((regulator) => regulator.id === file.lead.regulator);
  const lead = inLeadArea && leadRegulator && leadRegulator !== own ? { regulator: leadRegulator, text: file.lead.text, sources: file.lead.sources } : null;
  return { own, lead, ownAuthority: inLeadArea && !own ? file.ownAuthority : null };
}

/** The section of /object that answers for a jurisdiction (the checks make sure there is exactly one). */
export function objectSectionFor(jurisdiction: string, page: Pick<ObjectPageContent, "sections">): ObjectSection {
  const section = page.sections.find((candidate) => candidate.jurisdictions.includes(jurisdiction));
  if (!section) throw new Error(`content/object.yaml: no section answers for the jurisdiction "${jurisdiction}"`);
  return section;
}

/** The objection text for a section's readers: the template with the section's line where {law} is. */
export function objectionText(template: string, section: Pick<ObjectSection, "templateLine">): string {
  return template
    // The template decides the space before the line: a space in English, none after a Japanese 。.
    .replace(/([ \t]*)\{law\}/, (_, space: string) => (section.templateLine ? `${space}${section.templateLine}` : ""))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A regulator as a region page shows it: its words, its link, and its sources. */
export interface RegulatorView {
  name: string;
  of: string;
  website: string;
  said: string;
  sources: Source[];
}

export interface RegulatorNoteProps {
  own: RegulatorView | null;
  lead: (RegulatorView & { leadText: string; leadSources: Source[] }) | null;
  ownAuthority: { text: string; listUrl: string; listLabel: string; sources: Source[] } | null;
  /** The section of /object for this place: "/object#eu-eea". */
  objectHref: string;
}

/** What a place's region page says about its regulators, as plain props. */
export function regulatorNoteFor(
  code: string,
  jurisdiction: string,
  content: { regulators: RegulatorsFile; objectPage: Pick<ObjectPageContent, "sections">; sourcesById: ReadonlyMap<string, Source> },
): RegulatorNoteProps {
  const sources = (ids: readonly string[]) => ids.map((id) => content.sourcesById.get(id)).filter((source): source is Source => source !== undefined);
  const view = ({ name, of, website, said, sources: ids }: Regulator): RegulatorView => ({ name, of, website, said, sources: sources(ids) });
  const found = regulatorsForPlace(code, jurisdiction, content.regulators);
  return {
    own: found.own ? view(found.own) : null,
    lead: found.lead ? { ...view(found.lead.regulator), leadText: found.lead.text, leadSources: sources(found.lead.sources) } : null,
    ownAuthority: found.ownAuthority
      ? { text: found.ownAuthority.text, listUrl: found.ownAuthority.listUrl, listLabel: found.ownAuthority.listLabel, sources: sources(found.ownAuthority.sources) }
      : null,
    objectHref: `/object#${objectSectionFor(jurisdiction, content.objectPage).id}`,
  };
}
