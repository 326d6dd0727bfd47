// Fixed heading ids in MDX, written as react.dev does: ## Who was left out {/*who-was-left-out*/}
/**
 * The MDX comment after a heading's text is removed from the heading and becomes its id, so a deep link survives a reworded
 * heading. rehype-slug then leaves such headings alone and names only those without a fixed id.
 */

interface MdastNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdastNode[];
  data?: { hProperties?: Record<string, unknown> };
}

const FIXED_ID = /^\s*\/\*\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

/** The fixed id a heading's trailing MDX comment gives, or null. */
export function fixedHeadingId(heading: MdastNode): string | null {
  const last = heading.children?.at(-1);
  if (last?.type !== "mdxTextExpression" || typeof last.value !== "string") return null;
  return FIXED_ID.exec(last.value)?.[1] ?? null;
}

function walk(node: MdastNode): void {
  if (node.type === "heading") {
    const id = fixedHeadingId(node);
    if (id && node.children) {
      node.children = node.children.slice(0, -1);
      const text = node.children.at(-1);
      if (text?.type === "text" && typeof text.value === "string") text.value = text.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    }
    return;
  }
  node.children?.forEach(walk);
}

/** The remark plugin. */
export function remarkHeadingIds() {
  return (tree: MdastNode) => walk(tree);
}
