import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { siteHandler } from "../../scripts/static-server.mjs";

/**
 * The README's "Adding a language", followed to the letter on a copy of the project: a language "xx"
 * is its content folder (here the Japanese content copied, as a translator would start), its
 * interface messages (the English ones copied), and one entry in lib/i18n.ts. Nothing else changes,
 * and the real `next build` must give it every page, its 404 page, its place in the sitemap, the
 * hreflang alternates and the language switch of the other languages, its feed and its social images.
 */

const root = path.resolve(import.meta.dirname, "../..");
// The site's own content (the fixture content does not build whole pages: its map has periods without timeline entries).
const contentSource = path.join(root, "content");
const projectFiles = ["app", "components", "lib", "next.config.mjs", "package.json", "postcss.config.mjs", "tsconfig.json"];
let workDir: string;
let out: string;
let build: { status: number | null; output: string };

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "add-a-language-"));
  for (const file of projectFiles) await cp(path.join(root, file), path.join(workDir, file), { recursive: true });
  // node_modules as hard links (a copy of ~700 MB otherwise); Next refuses a symbolic link out of the project.
  const linked = spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(workDir, "node_modules")]);
  if (linked.status !== 0) await cp(path.join(root, "node_modules"), path.join(workDir, "node_modules"), { recursive: true });

  // 1. Its content: content/xx/, translated from the English files (here: the fixture's Japanese).
  const contentDir = path.join(workDir, "content");
  await cp(contentSource, contentDir, { recursive: true });
  await cp(path.join(contentSource, "ja"), path.join(contentDir, "xx"), { recursive: true });
  // 2. Its interface messages: lib/ui-text/xx/, the English files translated (here: copied).
  await cp(path.join(root, "lib/ui-text/en"), path.join(workDir, "lib/ui-text/xx"), { recursive: true });
  // 3. One entry in the language list.
  const i18n = path.join(workDir, "lib/i18n.ts");
  const list = await readFile(i18n, "utf8");
  const withXx = list.replace(/(export const languageNames = \{[^}]*?)\s*\}/, '$1, xx: "Xxish" }');
  expect(withXx, "lib/i18n.ts must have the languageNames list the README names").not.toBe(list);
  await writeFile(i18n, withXx);

  const result = spawnSync(process.execPath, [path.join(workDir, "node_modules/next/dist/bin/next"), "build"], {
    cwd: workDir,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next" },
    encoding: "utf8",
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  out = path.join(workDir, "out");
}, 1_800_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
}, 300_000);

const page = (file: string) => readFile(path.join(out, file), "utf8");

test("the build succeeds with the new language", () => {
  expect(build.status, build.output.slice(-4000)).toBe(0);
});

test("every page exists in the new language, in that language, with its 404 page", async () => {
  for (const file of ["xx.html", "xx/timeline.html", "xx/region.html", "xx/region/de.html", "xx/guide/desktop.html", "xx/sources.html", "xx/about.html", "xx/object.html", "xx/404.html"]) {
    expect(existsSync(path.join(out, file)), file).toBe(true);
    expect(await page(file), file).toMatch(/<html[^>]* lang="xx"/);
  }
});

/** The href of a page's `<link rel="alternate">` for a language, if it has one. */
function alternate(html: string, language: string): string | undefined {
  const link = [...html.matchAll(/<link\b[^>]*>/gi)].map(([tag]) => tag).find((tag) => /rel="alternate"/.test(tag) && new RegExp(`hreflang="${language}"`, "i").test(tag));
  return link ? /href="([^"]+)"/.exec(link)?.[1] : undefined;
}

test("the other languages link to it: hreflang alternates with x-default, and the language switch", async () => {
  expect(alternate(await page("index.html"), "xx")).toMatch(/^https:\/\/[^/]+\/xx$/);
  expect(alternate(await page("ja/region/de.html"), "xx")).toMatch(/^https:\/\/[^/]+\/xx\/region\/de$/);
  expect(alternate(await page("xx/region/de.html"), "ja")).toMatch(/^https:\/\/[^/]+\/ja\/region\/de$/);
  expect(alternate(await page("xx/region/de.html"), "x-default")).toMatch(/^https:\/\/[^/]+\/region\/de$/);
  expect(await page("index.html")).toMatch(/<a [^>]*href="\/xx"[^>]*>(?:(?!<\/a>).)*Xxish/s);
});

test("it is in the sitemap, has its feed, its data files and its social images", async () => {
  const sitemap = await page("sitemap.xml");
  expect(sitemap).toMatch(/<loc>https:\/\/[^<]+\/xx\/region\/de<\/loc>/);
  expect(sitemap).toMatch(/<loc>https:\/\/[^<]+\/xx\/timeline<\/loc>/);
  for (const file of ["xx/feed.xml", "xx/data/timeline.json", "xx/data/regions.json", "og/xx.png", "og/xx/region/de.png"]) expect(existsSync(path.join(out, file)), file).toBe(true);
});

test("the server sends its 404 page, with status 404, for an unknown address under its prefix", async () => {
  const server = http.createServer(siteHandler(out));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/xx/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<html[^>]* lang="xx"/);
  } finally {
    server.close();
  }
});
