import { expect, test } from "vitest";
import { fillTemplate } from "@/lib/fill-template";
import { locales } from "@/lib/i18n";
import { regionStatusValues } from "@/lib/schemas";
import { uiTextFor } from "@/lib/ui-text";
import { guideStepperText, regionNoteText, regionPickerText, regionReportText, unknownRegionText } from "@/lib/ui-text/island-text";

// The islands get templates instead of the dictionaries' functions: filled, they must say exactly what the functions say.
for (const locale of locales) {
  const text = uiTextFor(locale);

  test(`${locale}: the region report's templates say what the dictionary says`, () => {
    const island = regionReportText(locale);
    for (const status of regionStatusValues) {
      for (const now of [true, false]) {
        const when = text.region.asOf("D");
        expect(fillTemplate(island.verdict[status][now ? "now" : "past"], { place: "P", when })).toBe(text.region.verdict[status]("P", when, now));
      }
    }
    expect(fillTemplate(island.onDate, { date: "D" })).toBe(text.region.onDate("D"));
    expect(fillTemplate(island.notice["before-range"], { input: "I", start: "S" })).toBe(text.region.notice["before-range"]("I", "S"));
    expect(fillTemplate(island.dateHint, { start: "S", end: "E" })).toBe(text.region.dateHint("S", "E"));
  });

  test(`${locale}: counts and progress read the same from templates`, () => {
    const picker = regionPickerText(locale);
    expect(picker.matches.none).toBe(text.region.matches(0));
    expect(picker.matches.one).toBe(text.region.matches(1));
    expect(fillTemplate(picker.matches.many, { count: 12 })).toBe(text.region.matches(12));
    const stepper = guideStepperText(locale);
    expect(fillTemplate(stepper.progress.open, { current: 2, total: 6, done: 1 })).toBe(text.guide.progress(2, 6, 1));
    expect(fillTemplate(stepper.progress.allDone, { current: 6, total: 6, done: 6 })).toBe(text.guide.progress(6, 6, 6));
    expect(fillTemplate(regionNoteText(locale).regionSaved, { place: "P" })).toBe(text.guide.regionSaved("P"));
    expect(fillTemplate(unknownRegionText(locale).notFoundRegion, { code: "zz" })).toBe(text.region.notFoundRegion("zz"));
  });
}
