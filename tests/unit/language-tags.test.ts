import { expect, test } from "vitest";
import { validLanguageTags } from "@/lib/language-tags";

test("odd tags browsers report are read as the language they mean, or left out", () => {
  expect(validLanguageTags(["C"])).toEqual([]);
  expect(validLanguageTags(["en_US", "ja-jp", "en-US"])).toEqual(["en-US", "ja-JP"]);
  expect(validLanguageTags(["en_US.UTF-8", "", "  ", 42, null, "de"])).toEqual(["de"]);
});

test("whatever is left can be given to Intl without a RangeError", () => {
  for (const tags of [["C"], ["en_US"], ["C", "en_US", "x-", "zh_Hant_TW"], []]) {
    const valid = validLanguageTags(tags);
    expect(() => new Intl.DisplayNames([...valid, "en"], { type: "region" })).not.toThrow();
    expect(() => "a".localeCompare("b", valid)).not.toThrow();
  }
});
