import { expect, test } from "vitest";
import { platformFromUserAgent } from "@/lib/device-platform";
import { matchingPlaces, matchRank, placeOptions, regionFromLanguages } from "@/lib/place-search";

test("the reader's place comes from the first language tag that names one", () => {
  expect(regionFromLanguages(["de-DE", "en-US"])).toBe("DE");
  expect(regionFromLanguages(["en", "fr-CH"])).toBe("CH");
  expect(regionFromLanguages(["en", "fr"])).toBeNull();
  expect(regionFromLanguages(["not a tag!", "pt-BR"])).toBe("BR");
  // A region that is not a country or territory code (419: Latin America) names no place.
  expect(regionFromLanguages(["es-419"])).toBeNull();
});

const english = placeOptions(["en"]);

test("a code ranks first, then the start of a name, then the start of a word, then anywhere", () => {
  const option = (code: string) => english.find((candidate) => candidate.code === code)!;
  expect(matchRank(option("DE"), "de")).toBe(0);
  expect(matchRank(option("DE"), "germ")).toBe(1);
  expect(matchRank(option("HK"), "kong")).toBe(2);
  expect(matchRank(option("HK"), "ong")).toBe(3);
  expect(matchRank(option("HK"), "xyz")).toBe(-1);
});

test("matches come best first, ignoring case and accents", () => {
  expect(matchingPlaces(english, "  ")).toEqual([]);
  expect(matchingPlaces(english, "ALAND").map((option) => option.code)).toEqual(["AX", "NZ"]); // Åland Islands, then New Zealand
  const united = matchingPlaces(english, "united").map((option) => option.name);
  expect(united.slice(0, 3)).toEqual(["United Arab Emirates", "United Kingdom", "United States"]);
  expect(matchingPlaces(english, "us")[0].code).toBe("US");
});

test("places are named and sorted in the reader's language, with the English name kept for matching", () => {
  const german = placeOptions(["de"]);
  const switzerland = german.find((option) => option.code === "CH")!;
  expect(switzerland).toMatchObject({ name: "Schweiz", englishName: "Switzerland" });
  expect(matchingPlaces(german, "switz")[0].code).toBe("CH");
});

test("the guide suggested for a browser comes from its user agent", () => {
  expect(platformFromUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148", 5)).toBe("ios");
  expect(platformFromUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15", 5)).toBe("ios");
  expect(platformFromUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15", 0)).toBe("desktop");
  expect(platformFromUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36", 5)).toBe("android");
  expect(platformFromUserAgent("Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0", 0)).toBe("desktop");
  expect(platformFromUserAgent("SomeBot/1.0", 0)).toBeNull();
});

test("on a Japanese page, places match Japanese names in katakana, hiragana or half-width kana, English names and codes", () => {
  const japanese = placeOptions(["ja", "en-US"]);
  const first = (query: string) => matchingPlaces(japanese, query)[0]?.code;
  expect(japanese.find((option) => option.code === "DE")).toMatchObject({ name: "ドイツ", englishName: "Germany" });
  expect(first("ドイツ")).toBe("DE");
  expect(first("どいつ")).toBe("DE");
  expect(first("ﾄﾞｲﾂ")).toBe("DE");
  expect(first("de")).toBe("DE");
  expect(first("germany")).toBe("DE");
  expect(first("かなだ")).toBe("CA");
  expect(first("香港")).toBe("HK");
  expect(first("イギリス")).toBe("GB");
  expect(matchingPlaces(japanese, "ぷろぐらみんぐ")).toEqual([]);
});

test("places named in kanji are found by their reading typed in kana", () => {
  const japanese = placeOptions(["ja"], { JP: ["にほん", "にっぽん"], KR: ["かんこく"] });
  expect(matchingPlaces(japanese, "にほん")[0].code).toBe("JP");
  expect(matchingPlaces(japanese, "ニッポン")[0].code).toBe("JP");
  expect(matchingPlaces(japanese, "かんこく")[0].code).toBe("KR");
  expect(matchingPlaces(placeOptions(["ja"]), "かんこく")).toEqual([]);
});

test("French names are found with or without accents, in any case, with either apostrophe, hyphen or space", () => {
  const french = placeOptions(["fr"]);
  const first = (typed: string) => matchingPlaces(french, typed)[0]?.code;
  for (const typed of ["Égypte", "egypte", "EGYPTE", "Egypte", "égy"]) expect(first(typed)).toBe("EG");
  for (const typed of ["Côte d’Ivoire", "Côte d'Ivoire", "cote d'ivoire", "COTE DIVOIRE", "côte-d’ivoire"]) expect(first(typed)).toBe("CI");
  for (const typed of ["Royaume-Uni", "royaume uni", "ROYAUME  UNI", "royaume-uni"]) expect(first(typed)).toBe("GB");
  expect(first("etats unis")).toBe("US");
  expect(first("sao tome et principe")).toBe("ST");
  // The English name still finds the place on the French page, and the list is in French order: Égypte among the E, not after Z.
  expect(first("Egypt")).toBe("EG");
  const names = french.map((option) => option.name);
  expect(names.indexOf("Égypte")).toBeLessThan(names.indexOf("Espagne"));
  expect(names.indexOf("Égypte")).toBeGreaterThan(names.indexOf("Dominique"));
});
