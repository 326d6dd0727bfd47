import path from "node:path";
import { beforeAll, expect, test } from "vitest";
import { loadSiteContent, type SiteContent } from "@/lib/content";
import { regionsData, timelineData } from "@/lib/open-data";
import { uiText } from "@/lib/ui-text";

let content: SiteContent;

beforeAll(async () => {
  content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../fixtures/good-content"), cacheDir: null });
});

/** Every field path of a JSON value, arrays written as [] ("entries[].slug"). */
function fieldPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value) && value.some((item) => typeof item === "object" && item !== null)) {
    return [`${prefix}[]`, ...value.flatMap((item) => fieldPaths(item, `${prefix}[]`))];
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, item]) => {
      const here = prefix ? `${prefix}.${key}` : key;
      return Array.isArray(item) && item.some((x) => typeof x === "object" && x !== null) ? fieldPaths(item, here) : [here];
    });
  }
  return [prefix];
}

const documented = (file: "timeline" | "regions") =>
  [...uiText.openData.common, ...uiText.openData.files[file].fields, ...uiText.openData.source].map(([field]) => field).sort();

test("the documentation on /about lists exactly the fields of each file", () => {
  const json = (data: unknown) => JSON.parse(JSON.stringify(data)) as unknown;
  expect([...new Set(fieldPaths(json(timelineData(content))))].sort()).toEqual(documented("timeline"));
  expect([...new Set(fieldPaths(json(regionsData(content))))].sort()).toEqual(documented("regions"));
});

test("timeline.json holds the timeline in order, with plain text and the sources it cites", () => {
  const data = timelineData(content);
  expect(data.siteUrl).toBe("https://fixture.example");
  expect(data.entries.map((entry) => entry.slug)).toEqual(["earlier", "report", "statement"]);
  expect(data.entries[1]).toEqual({
    slug: "report",
    url: "https://fixture.example/timeline#report",
    title: "A newspaper reports it",
    date: "2024-09",
    dateLabel: "Mid-September 2024",
    sortDate: "2024-09-15",
    regions: ["eu-eea", "switzerland", "uk", "canada", "hong-kong", "elsewhere"],
    text: ["The newspaper wrote about it."],
    sources: ["news-report"],
  });
  expect(data.entries[0].dateLabel).toBeNull();
  expect(data.sources.map((source) => source.id).sort()).toEqual(["news-report", "regulator-statement"]);
});

test("regions.json holds every place's mapping and each jurisdiction's dated periods, the current one ending in null", () => {
  const data = regionsData(content);
  expect(data.places).toHaveLength(content.regions.places.size);
  expect(data.places.find((place) => place.code === "DE")).toEqual({
    code: "DE",
    name: "Germany",
    jurisdiction: content.regions.places.get("DE")!.jurisdiction,
    note: null,
    url: "https://fixture.example/region/de",
  });
  for (const jurisdiction of data.jurisdictions) {
    const periods = jurisdiction.periods;
    expect(periods[0].from).toBe(data.rangeStart);
    expect(periods.at(-1)!.to).toBeNull();
    for (const period of periods) expect(data.statuses.map((status) => status.id)).toContain(period.status);
  }
  const cited = new Set(data.jurisdictions.flatMap((j) => [...j.adviceSources, ...j.periods.flatMap((p) => p.sources)]));
  expect(new Set(data.sources.map((source) => source.id))).toEqual(cited);
});
