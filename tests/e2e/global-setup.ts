import { mkdir, writeFile } from "node:fs/promises";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { contentSnapshotFile, type ContentSnapshot } from "./content";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Reads content/ once, through the site's own loader, and keeps what the tests check the pages
 * against in a JSON file every worker reads (tests/e2e/content.ts). The loader is server-only; here,
 * as on Next's server, `server-only` is an empty module.
 */
export default async function globalSetup() {
  const require = createRequire(path.join(root, "package.json"));
  const serverOnly = require.resolve("server-only");
  const empty = new Module(serverOnly);
  empty.filename = serverOnly;
  empty.loaded = true;
  (Module as unknown as { _cache: Record<string, Module> })._cache[serverOnly] = empty;

  const { loadSiteContent } = await import("../../lib/content");
  const { timelineEntryDay } = await import("../../lib/timeline");
  const { markedLabels } = await import("../../lib/inline-labels");
  const content = await loadSiteContent({
    contentDir: path.join(root, "content"),
    cacheDir: path.join(root, "node_modules", ".cache", "default-on-mdx"),
  });
  const snapshot: ContentSnapshot = {
    siteName: content.site.name,
    siteUrl: content.site.siteUrl,
    timeline: content.timeline.map((entry) => ({
      slug: entry.slug,
      title: entry.frontmatter.title,
      date: entry.frontmatter.date,
      day: timelineEntryDay(entry),
      regions: entry.regions,
    })),
    guide: content.guide.platforms.map((platform) => ({
      platform: platform.platform,
      name: platform.name,
      stepIds: platform.steps.map((step) => step.id),
      stepTitles: [...platform.steps.map((step) => step.title), platform.finalCheck.title],
      markedLabels: [...new Set([...platform.steps, platform.finalCheck].flatMap((step) => markedLabels(step.text)))],
    })),
    labels: content.labels,
    directLink: content.guide.common.directLink.url,
    afterwardsTitles: content.guide.common.afterwards.flatMap((item) => (item.title ? [item.title] : [])),
    corrections: content.corrections.map(({ id, date, title, pages }) => ({ id, date, title, pages })),
    places: [...content.regions.places.values()].map(({ code, jurisdiction }) => ({ code, jurisdiction })),
  };
  await mkdir(path.dirname(contentSnapshotFile), { recursive: true });
  await writeFile(contentSnapshotFile, JSON.stringify(snapshot));
}
