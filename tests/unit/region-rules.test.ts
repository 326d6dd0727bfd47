import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { loadSiteContent } from "@/lib/content";
import { addDays } from "@/lib/dates";
import { countryCodes } from "@/lib/iso-3166";
import { jurisdictionsOn, periodProblems, readDateChoice, regionStatus, type RegionData } from "@/lib/region-rules";
import type { Period } from "@/lib/schemas";

let regions: RegionData;

beforeAll(async () => {
  // The site's real content: these tests check the checker against the fact sheet's region table.
  const content = await loadSiteContent({ contentDir: path.resolve(import.meta.dirname, "../../content"), cacheDir: null });
  regions = content.regions;
});

function statusOf(code: string, date: string) {
  const answer = regionStatus(code, date, regions);
  if (!answer.ok) throw new Error(`${code} on ${date}: ${answer.problem}`);
  return answer.status;
}

describe("agrees with the fact sheet's region table", () => {
  test.each([
    // place, date, status
    ["US", "2024-09-18", "used-by-default"],
    ["US", "2025-06-01", "used-by-default"],
    ["IN", "2026-06-01", "used-by-default"],
    ["DE", "2024-09-18", "excluded"],
    ["FR", "2025-11-02", "excluded"],
    ["DE", "2025-11-03", "used-by-default"],
    ["NO", "2025-01-15", "excluded"],
    ["IS", "2026-01-01", "used-by-default"],
    ["CH", "2024-12-01", "excluded"],
    ["CH", "2025-11-03", "used-by-default"],
    ["GB", "2024-09-18", "uncertain"],
    ["GB", "2024-09-19", "uncertain"],
    ["JE", "2024-09-19", "uncertain"],
    ["GB", "2024-09-20", "excluded"],
    ["GB", "2025-11-02", "excluded"],
    ["GB", "2025-11-03", "used-by-default"],
    ["HK", "2024-10-10", "used-by-default"],
    ["HK", "2024-10-11", "excluded"],
    ["HK", "2025-11-03", "used-by-default"],
    ["CA", "2024-10-01", "used-by-default"],
    ["CA", "2024-10-15", "used-by-default"],
    ["CA", "2024-10-16", "uncertain"],
    ["CA", "2024-12-09", "uncertain"],
    ["CA", "2024-12-10", "excluded"],
    ["JP", "2024-09-18", "used-by-default"],
    ["JP", "2026-12-06", "used-by-default"],
    ["CA", "2026-03-01", "used-by-default"],
    ["CN", "2024-10-01", "uncertain"],
    ["CN", "2025-02-01", "excluded"],
    ["CN", "2026-01-01", "uncertain"],
  ])("%s on %s: %s", (code, date, expected) => {
    expect(statusOf(code, date)).toBe(expected);
  });
});

describe("territories", () => {
  test("the EU's outermost regions and Åland are in the EU", () => {
    for (const code of ["GP", "MQ", "GF", "RE", "YT", "MF", "AX"]) expect(regions.places.get(code)?.jurisdiction).toBe("eu");
  });

  test("Greenland, the Faroes, the overseas countries and territories and Svalbard are uncertain while the EU and EEA were left out", () => {
    for (const code of ["GL", "FO", "AW", "CW", "SX", "BQ", "PF", "NC", "SJ"]) {
      expect(statusOf(code, "2025-03-01")).toBe("uncertain");
      expect(statusOf(code, "2025-11-03")).toBe("used-by-default");
    }
  });

  test("the Crown Dependencies and Gibraltar are not the UK", () => {
    for (const code of ["JE", "GG", "IM", "GI"]) {
      expect(regions.places.get(code)?.jurisdiction).not.toBe("uk");
      expect(statusOf(code, "2025-03-01")).toBe("uncertain");
    }
  });

  test("Macao is not Hong Kong, and the microstates are in neither the EU nor the EEA", () => {
    expect(regions.places.get("MO")?.jurisdiction).not.toBe("hong-kong");
    expect(statusOf("MO", "2025-03-01")).toBe("used-by-default");
    for (const code of ["MC", "AD", "SM", "VA"]) expect(regions.places.get(code)?.jurisdiction).toBe("elsewhere");
  });

  test("every place that is not a plain sovereign state in its jurisdiction says why", () => {
    for (const code of ["GP", "AX", "GL", "FO", "BQ", "SJ", "JE", "GI", "MO", "TW", "XK", "PR", "MC"]) {
      expect(regions.places.get(code)?.note, code).toBeTruthy();
    }
  });
});

describe("questions the checker cannot answer", () => {
  test("an unknown code, a malformed date, a date before the range", () => {
    expect(regionStatus("ZZ", "2025-01-01", regions)).toEqual({ ok: false, problem: "unknown-code" });
    expect(regionStatus("DE", "2025-02-30", regions)).toEqual({ ok: false, problem: "malformed-date" });
    expect(regionStatus("DE", "2024-09-17", regions)).toEqual({ ok: false, problem: "before-range" });
  });

  test("codes are read in any case", () => {
    expect(statusOf("de", "2025-01-01")).toBe("excluded");
  });

  test("the reader's ?on= value is read with a reason for each kind of bad date", () => {
    const start = "2024-09-18";
    const today = "2026-11-29";
    expect(readDateChoice(null, start, today)).toEqual({ kind: "none" });
    expect(readDateChoice("", start, today)).toEqual({ kind: "none" });
    expect(readDateChoice("2025-06-01", start, today)).toEqual({ kind: "ok", date: "2025-06-01" });
    expect(readDateChoice("2025-02-30", start, today)).toEqual({ kind: "malformed", input: "2025-02-30" });
    expect(readDateChoice("yesterday", start, today)).toEqual({ kind: "malformed", input: "yesterday" });
    expect(readDateChoice("2024-09-17", start, today)).toEqual({ kind: "before-range", input: "2024-09-17" });
    expect(readDateChoice("2026-11-30", start, today)).toEqual({ kind: "after-today", input: "2026-11-30" });
    expect(readDateChoice("2026-11-29", start, today)).toEqual({ kind: "ok", date: "2026-11-29" });
  });
});

describe("properties over every code and every date in range", () => {
  const dayCount = 365 * 6;
  const anyCode = fc.constantFrom(...countryCodes);
  const anyDay = fc.integer({ min: 0, max: dayCount }).map((offset) => addDays("2024-09-18", offset));

  test("every code and every date gives exactly one answer, from exactly one period", () => {
    fc.assert(
      fc.property(anyCode, anyDay, (code, day) => {
        const answer = regionStatus(code, day, regions);
        expect(answer.ok).toBe(true);
        if (!answer.ok) return;
        const containing = answer.jurisdiction.periods.filter((p) => p.from <= day && (p.to === undefined || day <= p.to));
        expect(containing).toEqual([answer.period]);
        expect(["used-by-default", "excluded", "uncertain"]).toContain(answer.status);
        expect(answer.sources.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test("every date before the range is refused, for every code", () => {
    fc.assert(
      fc.property(anyCode, fc.integer({ min: 1, max: 3000 }), (code, back) => {
        expect(regionStatus(code, addDays("2024-09-18", -back), regions)).toEqual({ ok: false, problem: "before-range" });
      }),
    );
  });

  test("codes that are not mapped are refused rather than guessed", () => {
    const known = new Set<string>(countryCodes);
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{2}$/).filter((code) => !known.has(code.toUpperCase())), (code) => {
        expect(regionStatus(code, "2025-01-01", regions)).toEqual({ ok: false, problem: "unknown-code" });
      }),
    );
  });
});

describe("period checks", () => {
  const period = (from: string, to?: string): Period => ({ from, to, status: "excluded", reason: "r", sources: ["s"], timeline: [] });

  test("accepts contiguous periods from the range start with an open end", () => {
    expect(periodProblems([period("2024-09-18", "2024-12-31"), period("2025-01-01")], "2024-09-18")).toEqual([]);
  });

  test("finds a gap, an overlap, a late start, a closed end and a missing end", () => {
    expect(periodProblems([period("2024-09-18", "2024-12-31"), period("2025-01-05")], "2024-09-18")[0].problem).toMatch(/leaves a gap/);
    expect(periodProblems([period("2024-09-18", "2024-12-31"), period("2024-12-20")], "2024-09-18")[0].problem).toMatch(/overlaps/);
    expect(periodProblems([period("2024-10-01")], "2024-09-18")[0].problem).toMatch(/must be 2024-09-18/);
    expect(periodProblems([period("2024-09-18", "2025-01-01")], "2024-09-18")[0].problem).toMatch(/last period/);
    expect(periodProblems([period("2024-09-18"), period("2025-01-01")], "2024-09-18")[0].problem).toMatch(/only the last period/);
  });
});

test("each jurisdiction's answer on a day agrees with the answer for its places", () => {
  for (const day of ["2024-09-19", "2025-03-01", "2026-01-01"]) {
    const byJurisdiction = jurisdictionsOn(day, regions);
    for (const code of ["DE", "GB", "HK", "CA", "CN", "JE", "US"]) {
      const answer = regionStatus(code, day, regions);
      if (!answer.ok) throw new Error(answer.problem);
      expect(byJurisdiction[answer.jurisdiction.id]).toEqual({ status: answer.status, reason: answer.reason, advice: answer.jurisdiction.advice });
    }
  }
});
