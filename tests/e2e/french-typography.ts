/**
 * French typography in a page's text: the rule of README "Translations", checked on the built pages
 * (tests/e2e/french.spec.ts) so that a writer's slip in content/fr/ or lib/ui-text/fr/ fails a test.
 *
 * Before ; ! ? : and », and after «, French sets a no-break space: a narrow one (U+202F) before ; ! ?
 * and a full one (U+00A0) before : and inside « ». A plain space there lets the line break between
 * the word and its mark; no space at all is the English habit. Either is a slip; the check accepts
 * either no-break space, so it flags what a reader sees, not the choice between the two widths.
 *
 * Not French text, so not checked: code (code, pre, kbd, samp), scripts and styles; anything in an
 * element whose lang is another language (the English shown while a part is untranslated, LinkedIn's
 * English labels, the language switch); the words of links to other sites (a source's own title);
 * web addresses; clock times and other colons between digits (12:30); and quotations in English
 * quotation marks (“…” or "…"), which keep their source's punctuation.
 */
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const NO_BREAK = new Set(["\u00a0", "\u202f"]);
const SKIPPED = new Set(["script", "style", "code", "pre", "kbd", "samp", "template", "svg", "math"]);
/** Elements whose text is a run of its own: a line break in the page between them and what is around. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "button", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "label",
  "legend", "li", "main", "nav", "ol", "optgroup", "option", "output", "p", "section", "select", "summary", "table", "tbody",
  "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul", "br",
]);
const TEXT_ATTRIBUTES = ["alt", "title", "aria-label", "aria-description", "placeholder"];
const META_TEXT = /^(description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;

export interface TypographySlip {
  mark: string;
  problem: "plain space" | "no space";
  /** The slip in its context, with the marks around it shown as they are. */
  context: string;
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function isOtherLanguage(element: Element): boolean {
  const lang = attribute(element, "lang");
  return lang !== undefined && lang !== "" && !/^fr\b/i.test(lang);
}

function isLinkToAnotherSite(element: Element): boolean {
  return element.tagName === "a" && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(attribute(element, "href") ?? "");
}

/** The French text runs of a page: its visible text by block, its head's title and description, and texts in attributes. */
export function frenchTextRuns(html: string): string[] {
  const runs: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) runs.push(current);
    current = "";
  };
  const visit = (node: Node) => {
    if (node.nodeName === "#text") {
      current += (node as DefaultTreeAdapterMap["textNode"]).value;
      return;
    }
    if (!("tagName" in node)) {
      if ("childNodes" in node) for (const child of node.childNodes) visit(child);
      return;
    }
    const element = node as Element;
    if (SKIPPED.has(element.tagName) || isOtherLanguage(element) || isLinkToAnotherSite(element)) return;
    if (element.tagName === "meta") {
      const key = attribute(element, "name") ?? attribute(element, "property") ?? "";
      const content = attribute(element, "content");
      if (META_TEXT.test(key) && content) runs.push(content);
      return;
    }
    for (const name of TEXT_ATTRIBUTES) {
      const value = attribute(element, name);
      if (value?.trim()) runs.push(value);
    }
    const block = BLOCKS.has(element.tagName);
    if (block) flush();
    for (const child of element.tagName === "template" ? [] : element.childNodes) visit(child);
    if (block) flush();
  };
  // Without scripting, <noscript> holds elements (the text a reader without JavaScript sees), not raw text.
  visit(parse(html, { scriptingEnabled: false }));
  flush();
  return runs;
}

/** Where a run of French text breaks the rule above. */
export function frenchTypographySlips(run: string): TypographySlip[] {
  // Blank out what is exempt, keeping the positions, so the context shown is the real text.
  const blank = (match: string) => "\u0000".repeat(match.length);
  const text = run
    .replace(/\b(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.)[^\s«»"“”]+/gi, blank)
    .replace(/“[^”]*”/g, blank)
    .replace(/"[^"]*"/g, blank)
    .replace(/\d:\d/g, (match) => `${match[0]}\u0000${match[2]}`);
  const slips: TypographySlip[] = [];
  const context = (at: number) => run.slice(Math.max(0, at - 30), at + 10).replace(/\s+/g, (space) => (NO_BREAK.has(space) ? space : " "));
  for (let at = 0; at < text.length; at++) {
    const mark = text[at];
    if (mark === "«") {
      const next = text[at + 1];
      if (next !== undefined && !NO_BREAK.has(next)) slips.push({ mark, problem: /\s/.test(next) ? "plain space" : "no space", context: context(at) });
      continue;
    }
    if (!";!?:»".includes(mark)) continue;
    const before = text[at - 1];
    if (before === undefined || before === "\u0000" || before === "\n" || NO_BREAK.has(before)) continue;
    // "?!" and "!!" share the space before the first mark.
    if ("?!".includes(mark) && before !== undefined && "?!".includes(before)) continue;
    slips.push({ mark, problem: /\s/.test(before) ? "plain space" : "no space", context: context(at) });
  }
  return slips;
}

/** Every slip of a page, each as one readable line. */
export function pageTypographySlips(html: string): string[] {
  return frenchTextRuns(html).flatMap((run) =>
    frenchTypographySlips(run).map((slip) => `${slip.problem} before “${slip.mark}”: …${slip.context}…`.replace("before “«”", "after “«”")),
  );
}
