import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { loadSiteContent, type SiteContent } from "@/lib/content";
import { objectPageView } from "@/lib/object-page";
import { objectionText, objectPageProblems, objectSectionFor, regulatorNoteFor, regulatorProblems, regulatorsForPlace, type KnownContent } from "@/lib/regulators";
import { objectPageSchema, regulatorsFileSchema, type ObjectPageContent, type RegulatorsFile } from "@/lib/schemas";

let content: SiteContent;
beforeAll(async () => {
  content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../../content"), cacheDir: null });
}, 120_000);

const regulatorsFile = (): RegulatorsFile =>
  regulatorsFileSchema.parse({
    lead: { regulator: "lead", jurisdictions: ["union"], text: "Leads.", sources: ["s1"] },
    ownAuthority: { text: "Your own.", listUrl: "https://example.org/list", listLabel: "List", sources: ["s1"] },
    regulators: [
      { id: "lead", name: "Lead (L)", of: "Ireland's", places: ["IE"], website: "https://example.org/l", said: "Said.", sources: ["s1"] },
      { id: "dutch", name: "Dutch (D)", of: "The Netherlands'", places: ["NL"], website: "https://example.org/d", said: "Said.", sources: ["s1"] },
    ],
  });

const known: KnownContent = {
  placeJurisdictions: new Map([
    ["IE", "union"],
    ["NL", "union"],
    ["DE", "union"],
    ["US", "rest"],
  ]),
};

const section = (id: string, jurisdictions: string[], templateLine?: string) => ({
  id,
  heading: id,
  jurisdictions,
  legalBasis: { text: "Basis.", sources: ["s1"] },
  rightToObject: { text: "Right.", sources: ["s1"] },
  olderData: { text: "Older.", sources: ["s1"] },
  ...(templateLine ? { templateLine } : {}),
});

const objectPage = (sections = [section("union", ["union"], "Under the law."), section("rest", ["rest"])]): ObjectPageContent =>
  objectPageSchema.parse({
    title: "T",
    description: "D",
    intro: "I",
    switchCovers: { heading: "H", covers: [{ text: "C", sources: ["s1"] }], doesNotCover: [{ text: "N", sources: ["s1"] }] },
    objectionForm: { heading: "F", text: "Form.", sources: ["s1"] },
    placesHeading: "P",
    placesIntro: "Pick.",
    sections,
    template: { heading: "T", intro: "I", text: "I object. {law}\n\nName: [your name]" },
  });

describe("regulators.yaml checks", () => {
  test("a well-formed file has no problems", () => {
    expect(regulatorProblems(regulatorsFile(), known)).toEqual([]);
  });

  test("an unknown place, a place given two regulators and an unknown lead are each named by field", () => {
    const file = regulatorsFile();
    file.regulators[1].places = ["NL", "IE", "ZZ"];
    file.lead.regulator = "nobody";
    file.lead.jurisdictions = ["union", "atlantis"];
    expect(regulatorProblems(file, known)).toEqual([
      { field: "regulators[1].places[1]", problem: '"IE" already has its own regulator, "lead"' },
      { field: "regulators[1].places[2]", problem: '"ZZ" is not a place in content/regions/places.yaml' },
      { field: "lead.regulator", problem: '"nobody" is not the id of a regulator in this file' },
      { field: "lead.jurisdictions[1]", problem: '"atlantis" is not a jurisdiction with places in content/regions/' },
    ]);
  });

  test("the schema refuses a place code that is not two capital letters", () => {
    const raw = { ...regulatorsFile(), regulators: [{ ...regulatorsFile().regulators[0], places: ["ie"] }] };
    expect(regulatorsFileSchema.safeParse(raw).success).toBe(false);
  });
});

describe("object.yaml checks", () => {
  test("a well-formed page has no problems", () => {
    expect(objectPageProblems(objectPage(), known)).toEqual([]);
  });

  test("a jurisdiction answered twice, one answered by no section, and a template without {law} are named", () => {
    const page = objectPage([section("union", ["union"]), section("again", ["union"])]);
    page.template.text = "I object.";
    expect(objectPageProblems(page, known)).toEqual([
      { field: "sections[1].jurisdictions[0]", problem: '"union" is already answered by section "union"' },
      { field: "sections", problem: "answer for no section: rest; every jurisdiction needs one" },
      { field: "template.text", problem: "must contain {law}, where a section's templateLine goes" },
    ]);
  });
});

describe("which regulator a place has", () => {
  test("a place with its own authority in the lead's area gets both; the lead's own place gets it once", () => {
    expect(regulatorsForPlace("NL", "union", regulatorsFile())).toMatchObject({ own: { id: "dutch" }, lead: { regulator: { id: "lead" } }, ownAuthority: null });
    expect(regulatorsForPlace("IE", "union", regulatorsFile())).toMatchObject({ own: { id: "lead" }, lead: null, ownAuthority: null });
  });

  test("a place in the lead's area without its own entry is sent to the lead and to the list of authorities", () => {
    expect(regulatorsForPlace("DE", "union", regulatorsFile())).toMatchObject({ own: null, lead: { regulator: { id: "lead" } }, ownAuthority: { listUrl: "https://example.org/list" } });
  });

  test("a place outside it, with no entry, has none", () => {
    expect(regulatorsForPlace("US", "rest", regulatorsFile())).toEqual({ own: null, lead: null, ownAuthority: null });
  });
});

describe("the objection text", () => {
  test("takes the section's legal line, or closes up where there is none", () => {
    const template = "I object. {law}\n\nName: [your name]";
    expect(objectionText(template, { templateLine: "Under Article 21." })).toBe("I object. Under Article 21.\n\nName: [your name]");
    expect(objectionText(template, {})).toBe("I object.\n\nName: [your name]");
  });
});

describe("the site's own content", () => {
  test("every place has exactly one section of /object, and European places their regulators", () => {
    for (const [code, place] of content.regions.places) expect(objectSectionFor(place.jurisdiction, content.objectPage).id, code).toMatch(/\S/);
    expect(regulatorNoteFor("NL", "eu", content)).toMatchObject({ own: { of: "The Netherlands'" }, lead: { name: "Data Protection Commission (DPC)" }, objectHref: "/object#eu-eea" });
    expect(regulatorNoteFor("DE", "eu", content)).toMatchObject({ own: null, lead: { name: "Data Protection Commission (DPC)" }, ownAuthority: { listUrl: expect.stringMatching(/^https:/) } });
    expect(regulatorNoteFor("GB", "uk", content)).toMatchObject({ own: { name: "Information Commissioner's Office (ICO)" }, lead: null, objectHref: "/object#uk" });
    expect(regulatorNoteFor("US", "elsewhere", content)).toMatchObject({ own: null, lead: null, ownAuthority: null, objectHref: "/object#everywhere-else" });
  });

  test("the EU's objection text names Article 21 of the GDPR, and every text keeps its placeholders", () => {
    const view = objectPageView(content);
    expect(view.sections.find((s) => s.id === "eu-eea")?.objectionText).toContain("Article 21");
    expect(view.sections.find((s) => s.id === "uk")?.objectionText).not.toContain("Article 21");
    for (const s of view.sections) expect(s.objectionText).toContain("[your name]");
    expect(Object.keys(view.sectionOfPlace)).toHaveLength(content.regions.places.size);
  });
});
