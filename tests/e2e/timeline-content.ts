import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";

/** The timeline's frontmatter read straight from content/, to check the page against. */
export interface EntryFacts {
  slug: string;
  title: string;
  date: string;
  sortAs?: string;
  regions: string[];
}

const timelineDir = path.resolve(import.meta.dirname, "../../content/timeline");

export function timelineEntries(): EntryFacts[] {
  return readdirSync(timelineDir)
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const text = readFileSync(path.join(timelineDir, name), "utf8");
      const frontmatter = YAML.parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as EntryFacts;
      return frontmatter;
    });
}

export function concerns(entry: EntryFacts, region: string): boolean {
  return entry.regions.includes(region) || entry.regions.includes("everyone");
}
