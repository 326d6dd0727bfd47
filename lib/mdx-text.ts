/**
 * The words of a short MDX body (a timeline entry) as plain paragraphs, for places that carry text
 * rather than a page: the feed and the open-data files. Citations and other components' tags are
 * dropped (their sources are listed beside the text); Markdown links keep their words; emphasis
 * and heading marks are removed.
 */
export function mdxParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, "") // MDX comments
        .replace(/<\/?[A-Z][\w.]*\b[^>]*>/g, "") // component tags, such as <Cite id="…" /> and <Callout …>
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: their alt text
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links: their words
        .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "") // heading, quote and list marks
        .replace(/(\*\*|__)(.+?)\1/g, "$2")
        .replace(/(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])/g, "$1")
        .replace(/`([^`]+)`/g, "$1")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((paragraph) => paragraph.length > 0);
}
