// The pages of the built site, read from the static export in out/: one entry per HTML file.
// New routes (a guide, a page per platform) are included as soon as they are built.
import { readdirSync } from "node:fs";
import path from "node:path";

export const outDir = path.resolve(import.meta.dirname, "..", "out");

/**
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_next" ? [] : htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

/**
 * Every built page: its address (the 404 pages' is null) and its file, sorted by address.
 * @returns {{ route: string | null; file: string }[]}
 */
export function builtPages(out = outDir) {
  return htmlFiles(out)
    .map((file) => {
      const relative = path.relative(out, file).split(path.sep).join("/").replace(/\.html$/, "");
      // out/404.html and each language's out/<lang>/404.html are error pages, not routes.
      const route = relative === "404" || /^[a-z]{2}\/404$/.test(relative) ? null : relative === "index" ? "/" : `/${relative}`;
      return { route, file };
    })
    .sort((a, b) => (a.route ?? "~").localeCompare(b.route ?? "~"));
}

/** The address of every built page except the 404 page. */
export function builtRoutes(out = outDir) {
  return builtPages(out).flatMap((page) => (page.route ? [page.route] : []));
}

/**
 * Every file with a content hash in its name, under out/_next/static/ and out/map/ (not the build's
 * .gz and .br copies of them), as addresses.
 */
export function builtStaticAssets(out = outDir) {
  /** @type {(folder: string) => string[]} */
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
    );
  return [...walk(path.join(out, "_next", "static")), ...walk(path.join(out, "map"))]
    .filter((file) => !/\.(gz|br)$/.test(file))
    .map((file) => `/${path.relative(out, file).split(path.sep).join("/")}`).sort();
}
