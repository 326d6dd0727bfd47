/**
 * A remark plugin that reads an MDX body's syntax tree while it is compiled (one parse, in the same
 * bundleMDX call): every <Cite> with its line, the fixed heading ids, links within the site, and the
 * words as plain paragraphs. It also sets each heading's id from react.dev's syntax,
 * `## Who was left out {/*who-was-left-out*\/}`, so an edited heading never breaks a deep link.
 * Lines are the body's own (1 = the first line after the frontmatter).
 */
import { toString } from "mdast-util-to-string";

export interface MdxProblem {
  line: number;
  /** Where, as the message names it: `<Cite id="x">`, `heading "What happened"`. */
  what: string;
  problem: string;
}

export interface MdxAnalysis {
  /** Every <Cite>, in order. */
  citations: { id: string; line: number }[];
  headingIds: string[];
  /** Links to pages of this site ("/about#open-data"), for the reference checks. */
  siteLinks: { href: string; line: number }[];
  paragraphs: string[];
  problems: MdxProblem[];
}

/** The parts of mdast (with MDX's nodes) this plugin reads. */
interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
  data?: { hProperties?: Record<string, unknown> } & Record<string, unknown>;
}

const FIXED_ID = /^\s*\/\*\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;
const CODE = new Set(["mdxTextExpression", "mdxFlowExpression", "mdxjsEsm"]);

export function emptyAnalysis(): MdxAnalysis {
  return { citations: [], headingIds: [], siteLinks: [], paragraphs: [], problems: [] };
}

/** The plugin; what it finds is written into `into`. */
export function remarkAnalyseMdx(into: MdxAnalysis) {
  return () => (tree: MdNode, file: { value?: unknown }) => {
    const source = typeof file.value === "string" ? file.value : "";
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 0;
      if ((node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") && node.name === "Cite") {
        readCite(node, line, source, into);
      } else if (node.type === "heading") {
        readHeading(node, line, into);
      } else if (node.type === "link" && node.url?.startsWith("/")) {
        into.siteLinks.push({ href: node.url, line });
      }
      if (node.type === "paragraph" || node.type === "heading") {
        const words = plainText(node).replace(/\s+/g, " ").trim();
        if (words) into.paragraphs.push(words);
      }
    });
  };
}

function readCite(node: MdNode, line: number, source: string, into: MdxAnalysis) {
  const [attribute, ...others] = node.attributes ?? [];
  if (attribute?.type === "mdxJsxAttribute" && attribute.name === "id" && typeof attribute.value === "string" && others.length === 0) {
    into.citations.push({ id: attribute.value, line });
    return;
  }
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const written = start !== undefined && end !== undefined ? source.slice(start, end) : "<Cite>";
  into.problems.push({ line, what: written, problem: 'must have exactly one attribute, a quoted id: <Cite id="source-id" />' });
}

function readHeading(node: MdNode, line: number, into: MdxAnalysis) {
  const children = node.children ?? [];
  const last = children.at(-1);
  const fixed = last?.type === "mdxTextExpression" ? FIXED_ID.exec(last.value ?? "") : null;
  if (!fixed) {
    const text = plainText(node).trim();
    const suggested = text.toLowerCase().normalize("NFD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    into.problems.push({ line, what: `heading "${text}"`, problem: `has no fixed id: end it with {/*${suggested}*/}` });
    return;
  }
  const id = fixed[1];
  children.pop();
  const before = children.at(-1);
  if (before?.type === "text" && before.value) before.value = before.value.trimEnd();
  if (into.headingIds.includes(id)) {
    into.problems.push({ line, what: `heading id "${id}"`, problem: "is used by another heading of this file" });
  }
  into.headingIds.push(id);
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
}

/** A node's words: text, link text and image alt; code in {braces} and comments say nothing. */
function plainText(node: MdNode): string {
  if (CODE.has(node.type)) return "";
  if (!node.children) return toString(node);
  return node.children.map(plainText).join("");
}

function visit(node: MdNode, enter: (node: MdNode) => void) {
  enter(node);
  for (const child of node.children ?? []) visit(child, enter);
}
