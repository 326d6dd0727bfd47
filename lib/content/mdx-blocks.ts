/**
 * An MDX body as blocks: its top-level nodes (a paragraph, a heading, a whole list, a <Callout>), each
 * with its source text, the hash a translation records of it, the sources it cites and its heading id.
 * A translation is tracked block by block, so an English edit makes only the blocks it touched stale.
 */
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { blockHash } from "./translation-hashes";

export interface MdxBlock {
  /** The node's type: "paragraph", "heading", "list", "mdxJsxFlowElement", … */
  kind: string;
  /** The block's source, exactly as written. */
  text: string;
  hash: string;
  /** The body's line the block starts on (1 = the first line after the frontmatter). */
  line: number;
  /** Source ids of its <Cite>s, sorted, each once. */
  citations: string[];
  /** A heading's fixed id ({/*id*\/}), or null. */
  headingId: string | null;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const FIXED_ID = /^\s*\/\*\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

/** The body's blocks in order; throws (with the parser's message) when the MDX cannot be parsed. */
export function mdxBlocks(body: string): MdxBlock[] {
  const tree = parser.parse(body) as Node;
  return (tree.children ?? [])
    .filter((node) => node.position?.start.offset !== undefined && node.position.end.offset !== undefined)
    .map((node) => {
      const text = body.slice(node.position!.start.offset, node.position!.end.offset);
      return {
        kind: node.type,
        text,
        hash: blockHash(text),
        line: node.position!.start.line,
        citations: [...new Set(citesIn(node))].sort(),
        headingId: node.type === "heading" ? headingIdOf(node) : null,
      };
    });
}

function citesIn(node: Node): string[] {
  const own: string[] = [];
  if ((node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") && node.name === "Cite") {
    const id = node.attributes?.find((attribute) => attribute.name === "id")?.value;
    if (typeof id === "string") own.push(id);
  }
  return [...own, ...(node.children ?? []).flatMap(citesIn)];
}

function headingIdOf(node: Node): string | null {
  const last = node.children?.at(-1);
  return last?.type === "mdxTextExpression" ? (FIXED_ID.exec(last.value ?? "")?.[1] ?? null) : null;
}

/** A block as a writer finds it: "line 12, paragraph “LinkedIn stops using…”". */
export function describeBlock(block: MdxBlock, bodyStartLine: number): string {
  const words = block.text.replace(/<[^>]*>|\{\/\*.*?\*\/\}|[#*_>-]/g, "").replace(/\s+/g, " ").trim();
  const start = words.length > 48 ? `${words.slice(0, 48)}…` : words;
  return `line ${bodyStartLine + block.line - 1}, ${block.kind === "mdxJsxFlowElement" ? "component" : block.kind} “${start}”`;
}
