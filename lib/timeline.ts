/** The timeline's order and reach: pure functions over its entries' frontmatter. */
import { timelineRegionIds, type TimelineFrontmatter, type TimelineRegionId } from "./schemas";

type Dated = { frontmatter: Pick<TimelineFrontmatter, "date" | "sortAs"> };

export function expandRegions(regions: TimelineFrontmatter["regions"]): TimelineRegionId[] {
  if (regions.includes("everyone")) return [...timelineRegionIds];
  return timelineRegionIds.filter((id) => regions.includes(id));
}

/** The day an entry is filed under: its sortAs, else its date (the 1st if only the month is known). */
export function timelineEntryDay(entry: Dated): string {
  const { sortAs, date } = entry.frontmatter;
  return sortAs ?? (date.length === 7 ? `${date}-01` : date);
}

/** Date order; entries of the same day keep the order of their file names. */
export function compareTimelineEntries(a: Dated & { file: string }, b: Dated & { file: string }): number {
  const keyA = a.frontmatter.sortAs ?? a.frontmatter.date;
  const keyB = b.frontmatter.sortAs ?? b.frontmatter.date;
  return keyA.localeCompare(keyB) || a.file.localeCompare(b.file);
}
