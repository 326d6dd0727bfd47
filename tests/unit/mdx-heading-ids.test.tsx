import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { MdxContent } from "@/components/mdx/MdxContent";
import { numberCitations } from "@/lib/citations";
import { MdxCompiler } from "@/lib/mdx-compiler.server";

async function render(mdx: string) {
  const code = await new MdxCompiler(null).compile(mdx, "test.mdx");
  return renderToStaticMarkup(<MdxContent code={code} numbering={numberCitations([], new Map())} />);
}

test("a heading's trailing MDX comment is its fixed id, and leaves the heading's text", async () => {
  const html = await render("## Who was left out, and when {/*who-was-left-out*/}\n\nText.");
  expect(html).toContain('<h2 id="who-was-left-out">Who was left out, and when</h2>');
});

test("a heading without one still gets an id from its text", async () => {
  const html = await render("## What happened\n\nText.");
  expect(html).toContain('<h2 id="what-happened">What happened</h2>');
});
