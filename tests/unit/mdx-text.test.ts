import { expect, test } from "vitest";
import { mdxParagraphs } from "@/lib/mdx-text";

test("keeps the words of each paragraph and drops citations and component tags", () => {
  const body = [
    'LinkedIn said so.<Cite id="a-source" /> It was **on** by default, and _few_ knew.',
    "",
    '<Callout kind="note" title="Note">',
    "Read the [help page](https://example.org/help) and `the FAQ`.",
    "</Callout>",
    "",
    "## A heading",
    "",
    "- one item",
    "- 2 * 3 = 6, snake_case stays",
  ].join("\n");
  expect(mdxParagraphs(body)).toEqual([
    "LinkedIn said so. It was on by default, and few knew.",
    "Read the help page and the FAQ.",
    "A heading",
    "one item 2 * 3 = 6, snake_case stays",
  ]);
});

test("an empty body has no paragraphs", () => {
  expect(mdxParagraphs("\n\n  \n")).toEqual([]);
});
