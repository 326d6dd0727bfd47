import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { Untranslated, Words } from "@/components/Untranslated";
import { uiTextFor } from "@/lib/ui-text";
import { markUntranslated } from "@/lib/untranslated";

test("English words on a Japanese page are marked as English, with the notice in Japanese", () => {
  const step = { title: "A new step", text: "Translated words" };
  markUntranslated(step, "title");
  const title = renderToStaticMarkup(<Words of={step} field="title" locale="ja">{step.title}</Words>);
  expect(title).toContain('<span lang="en" data-untranslated="">A new step');
  expect(title).toContain(`<span lang="ja"`);
  expect(title).toContain(uiTextFor("ja").untranslated.notice);
  // A field that is translated is left as it is.
  expect(renderToStaticMarkup(<Words of={step} field="text" locale="ja">{step.text}</Words>)).toBe("Translated words");
});

test("a block of English shows the notice before it", () => {
  const html = renderToStaticMarkup(<Untranslated locale="ja"><p>An English paragraph.</p></Untranslated>);
  expect(html).toMatch(/^<div lang="en" data-untranslated=""[^>]*><p lang="ja"[^>]*>この部分はまだ翻訳されていません<\/p><p>An English paragraph.<\/p><\/div>$/);
});
