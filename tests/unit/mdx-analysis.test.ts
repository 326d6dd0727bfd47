import { expect, test } from "vitest";
import { MdxCompiler } from "@/lib/content/mdx-compiler";

const analyse = async (body: string) => (await new MdxCompiler(null).compile(body, "x.mdx")).analysis;

test("finds every <Cite> with its line, but not one in a code block or an MDX comment", async () => {
  const analysis = await analyse(
    [
      'First.<Cite id="a" />',
      "",
      "```mdx",
      '<Cite id="in-code" />',
      "```",
      "",
      '{/* <Cite id="in-comment" /> */}',
      "",
      'Inline `<Cite id="in-inline-code" />` and then<Cite id="b" />.',
    ].join("\n"),
  );
  expect(analysis.citations).toEqual([
    { id: "a", line: 1 },
    { id: "b", line: 9 },
  ]);
  expect(analysis.problems).toEqual([]);
});

test("a <Cite> without exactly one quoted id is a problem, quoted as written", async () => {
  const analysis = await analyse('One.<Cite />\n\nTwo.<Cite id="x" extra="y" />\n\nThree.<Cite id={"x"} />');
  expect(analysis.problems.map((problem) => [problem.line, problem.what])).toEqual([
    [1, "<Cite />"],
    [3, '<Cite id="x" extra="y" />'],
    [5, '<Cite id={"x"} />'],
  ]);
});

test("a heading's fixed id is its anchor; editing the heading's words leaves it alone", async () => {
  const compiler = new MdxCompiler(null);
  const before = await compiler.compile("## Who was left out {/*who-was-left-out*/}\n\nText.", "x.mdx");
  const after = await compiler.compile("## Who was excluded, and when {/*who-was-left-out*/}\n\nText.", "x.mdx");
  expect(before.analysis.headingIds).toEqual(["who-was-left-out"]);
  expect(after.analysis.headingIds).toEqual(["who-was-left-out"]);
  expect(after.analysis.paragraphs[0]).toBe("Who was excluded, and when");
});

test("a heading without a fixed id, or with one used twice, is a problem that says what to write", async () => {
  const analysis = await analyse("## What happened\n\n## A {/*a*/}\n\n## B {/*a*/}");
  expect(analysis.problems).toEqual([
    { line: 1, what: 'heading "What happened"', problem: "has no fixed id: end it with {/*what-happened*/}" },
    { line: 5, what: 'heading id "a"', problem: "is used by another heading of this file" },
  ]);
});

test("the words as plain paragraphs: citations, comments and marks dropped, link words kept", async () => {
  const analysis = await analyse(
    [
      'LinkedIn said so.<Cite id="a-source" /> It was **on** by default, and _few_ knew.',
      "",
      '<Callout kind="note" title="Note">',
      "Read the [help page](https://example.org/help) and `the FAQ`.",
      "</Callout>",
      "",
      "## A heading {/*a-heading*/}",
      "",
      "{/* a note to writers */}",
      "",
      "- one item",
      "- 2 * 3 = 6, snake_case stays",
    ].join("\n"),
  );
  expect(analysis.paragraphs).toEqual([
    "LinkedIn said so. It was on by default, and few knew.",
    "Read the help page and the FAQ.",
    "A heading",
    "one item",
    "2 * 3 = 6, snake_case stays",
  ]);
});

test("links to pages of this site are collected for the reference checks", async () => {
  const analysis = await analyse("See [the story](/#what-happened) and [elsewhere](https://example.org).");
  expect(analysis.siteLinks).toEqual([{ href: "/#what-happened", line: 1 }]);
});
