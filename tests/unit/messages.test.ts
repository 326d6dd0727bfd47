import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { defaultLocale, locales } from "@/lib/i18n";
import { regionStatusValues } from "@/lib/schemas";
import { formatMessage, readMessages, reportedWordings, uiTextFor, uiTextDir, type MessageKey } from "@/lib/ui-text";
import { allMessages, messageProblems, type MessageTree } from "@/lib/ui-text/check-messages";
import { formatIcu } from "@/lib/ui-text/format";
import { guideStepperText, mapSummaryText, regionPickerText, regionReportText, unknownRegionText } from "@/lib/ui-text/island-text";

const english = readMessages(defaultLocale) as unknown as MessageTree;
const fileOf = (key: string) => `lib/ui-text/xx/${key}.json`;

describe("every language of the list has every message, with the English arguments", () => {
  test.each(locales)("%s", (locale) => {
    expect(() => readMessages(locale)).not.toThrow();
  });

  test("and every folder of lib/ui-text is a language of the list", () => {
    const folders = readdirSync(path.dirname(uiTextDir(defaultLocale)), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual([...locales].sort());
  });
});

describe("a translation's mistakes are named by file and key", () => {
  const japanese = readMessages("ja") as unknown as MessageTree;
  const withGuide = (guide: Record<string, unknown>) => ({ ...japanese, guide: guide as MessageTree });

  test("a missing key", () => {
    const guide: Record<string, string> = { ...(japanese.guide as Record<string, string>) };
    delete guide.markDone;
    expect(messageProblems(english, withGuide(guide), fileOf)).toEqual(['lib/ui-text/xx/guide.json: "guide.markDone" is missing (the English messages have it)']);
  });

  test("an extra (misspelt) key", () => {
    expect(messageProblems(english, withGuide({ ...(japanese.guide as object), markDon: "x" }), fileOf)).toEqual([
      'lib/ui-text/xx/guide.json: "guide.markDon" is not in the English messages (a misspelt key?)',
    ]);
  });

  test("an argument renamed, or a message that does not parse", () => {
    const problems = messageProblems(english, withGuide({ ...(japanese.guide as object), regionSaved: "{plce}", stepLabel: "{n" }), fileOf);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^lib\/ui-text\/xx\/guide\.json: "guide\.stepLabel" is not a valid ICU message/);
    expect(problems[1]).toMatch(/^lib\/ui-text\/xx\/guide\.json: "guide\.regionSaved" must use the same arguments as the English/);
  });

  test("an address changed in the navigation", () => {
    const nav = japanese.nav as { links: { href: string }[] };
    const links = nav.links.map((link, index) => (index === 1 ? { ...link, href: "/regions" } : link));
    expect(messageProblems(english, { ...japanese, nav: { ...nav, links } as unknown as MessageTree }, fileOf)).toEqual([
      'lib/ui-text/xx/nav.json: "nav.links.1.href" must be the English address, "/region"',
    ]);
  });
});

describe("messages read as text are the formatted text", () => {
  // Server code reads a message without arguments as it is (uiTextFor(locale).nav.label): that is only
  // right if formatting would not change it (no ICU quoting, no braces).
  test.each(locales)("%s", (locale) => {
    for (const [key, message] of allMessages(uiTextFor(locale) as unknown as MessageTree)) {
      if (!message.includes("{")) expect(formatIcu(locale, message), key).toBe(message);
    }
  });
});

describe("plurals and cases come from the language's rules, not from the code", () => {
  test("English counts", () => {
    const count = (n: number) => formatMessage("en", "region.matches", { count: n });
    expect([count(0), count(1), count(12), count(1234)]).toEqual(["No place matches.", "1 place matches.", "12 places match.", "1,234 places match."]);
    expect(formatMessage("en", "guide.stepCount", { count: 1 })).toBe("1 step");
    expect(formatMessage("en", "guide.stepCount", { count: 7 })).toBe("7 steps");
  });

  test("French counts: 0 and 1 are singular, thousands are grouped with a narrow no-break space", () => {
    const count = (n: number) => formatMessage("fr", "map.places", { count: n });
    expect([count(0), count(1), count(2), count(1234)]).toEqual(["0 pays ou territoire", "1 pays ou territoire", "2 pays ou territoires", "1\u202f234 pays ou territoires"]);
    expect(formatMessage("fr", "guide.stepCount", { count: 1 })).toBe("1 étape");
    expect(formatMessage("fr", "guide.stepCount", { count: 0 })).toBe("0 étape");
    expect(formatMessage("fr", "region.matches", { count: 1 })).toBe("1 lieu correspond.");
    expect(formatMessage("fr", "region.matches", { count: 3 })).toBe("3 lieux correspondent.");
    expect(formatMessage("fr", "guide.reportedLabel", { wording: "A" })).toBe(" (en français\u00a0: «\u00a0A\u00a0»)");
  });

  test("the guide's progress says when every step is done", () => {
    expect(formatMessage("en", "guide.progress", { current: 2, total: 13, done: 1, remaining: 12 })).toBe("Step 2 of 13. 1 of 13 done.");
    expect(formatMessage("en", "guide.progress", { current: 13, total: 13, done: 13, remaining: 0 })).toBe("Step 13 of 13. All steps done.");
    expect(formatMessage("ja", "guide.progress", { current: 13, total: 13, done: 13, remaining: 0 })).toBe("ステップ13／13。すべてのステップが完了しました。");
  });

  test("the verdict speaks of today in the present and of a chosen date in the past", () => {
    const verdict = (tense: string) => formatMessage("en", "region.verdict.excluded", { place: "Iceland", when: "On 1 October 2024", tense });
    expect(verdict("now")).toBe("No. On 1 October 2024, LinkedIn is not using data from members in Iceland to train its content-generating AI.");
    expect(verdict("past")).toBe("No. On 1 October 2024, LinkedIn was not using data from members in Iceland to train its content-generating AI.");
  });
});

test("several reported wordings of a LinkedIn label are joined with the language's own quotes", () => {
  expect(reportedWordings("ja").format(["データ", "生成AI"])).toBe("（報告されている表記：「データ」/「生成AI」）");
  expect(reportedWordings("en").format(["A", "B"])).toBe(" (reported wording: “A” / “B”)");
});

describe("an island formats its compiled messages exactly as the server formats the text", () => {
  const values = { place: "P", when: "W", tense: "past", date: "D", input: "I", start: "S", end: "E", code: "zz", current: 3, total: 7, done: 2, remaining: 5, excluded: "X", used: "U", uncertain: "N" };
  test.each(locales)("%s", (locale) => {
    const report = regionReportText(locale);
    const pairs: [MessageKey, Parameters<typeof formatIcu>[1]][] = [
      ...regionStatusValues.map((status) => [`region.verdict.${status}`, report.verdict[status]] as [MessageKey, Parameters<typeof formatIcu>[1]]),
      ["region.asOf", report.asOf],
      ["region.onDate", report.onDate],
      ["region.notice.malformed", report.notice.malformed],
      ["region.notice.before-range", report.notice["before-range"]],
      ["region.notice.after-today", report.notice["after-today"]],
      ["region.dateHint", report.dateHint],
      ["region.notFoundRegion", unknownRegionText(locale).notFoundRegion],
      ["guide.progress", guideStepperText(locale).progress],
      ["map.summary", mapSummaryText(locale).summary],
    ];
    for (const [key, compiled] of pairs) expect(formatIcu(locale, compiled, values), key).toBe(formatMessage(locale, key, values));
    for (const count of [0, 1, 2, 25]) expect(formatIcu(locale, regionPickerText(locale).matches, { count })).toBe(formatMessage(locale, "region.matches", { count }));
  });
});
