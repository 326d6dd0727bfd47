// The gzipped JavaScript a page loads, read from its built HTML, and the framework's floor: the
// same measure for an empty page built with the same Next.js.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { flightDirectory } from "../export/rewrite-page.mjs";

/**
 * The scripts a page's HTML makes the browser load: every <script src> (except `nomodule` ones,
 * which a modern browser skips), every <link rel="preload" as="script">, and the scripts the build's
 * loader adds (scripts/export/rewrite-page.mjs), each once. The page's payload, which the loader adds
 * from /_next/static/flight/, is not counted: it is the page's content as data (it used to travel
 * inside the HTML), not code.
 * @param {string} html
 */
export function loadedScripts(html) {
  /** @type {Set<string>} */
  const sources = new Set();
  const loader = /var scripts=(\[[^\]]*\])/.exec(html);
  if (loader) for (const src of JSON.parse(loader[1])) if (!src.startsWith(flightDirectory)) sources.add(src);
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\snomodule\b/i.test(tag)) continue;
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src) sources.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\srel="preload"/i.test(tag) || !/\sas="script"/i.test(tag)) continue;
    const href = /\shref="([^"]+)"/i.exec(tag)?.[1];
    if (href) sources.add(href);
  }
  return [...sources];
}

/**
 * Gzipped bytes of the JavaScript a built page loads; `staticDir` is the folder /_next/static/ serves.
 * @param {string} htmlFile
 * @param {string} staticDir
 */
export function gzippedJavaScript(htmlFile, staticDir) {
  const scripts = loadedScripts(readFileSync(htmlFile, "utf8"));
  const files = scripts.map((src) => {
    const pathname = new URL(src, "http://site").pathname;
    if (!pathname.startsWith("/_next/static/")) throw new Error(`bench: ${htmlFile} loads a script from outside /_next/static/: ${src}`);
    const file = path.join(staticDir, pathname.slice("/_next/static/".length));
    return { src, gzipBytes: gzipSync(readFileSync(file), { level: 6 }).length };
  });
  return { files, total: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

/**
 * Builds an empty App Router page with the project's own Next.js (inside the project, so it
 * resolves the same node_modules) and returns the gzipped JavaScript its HTML loads.
 * @param {string} projectRoot
 */
export function emptyPageFloor(projectRoot) {
  const dir = path.join(projectRoot, "bench-results", "empty-page");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "empty-next-page", private: true, type: "module" }));
  writeFileSync(
    path.join(dir, "next.config.mjs"),
    `import path from "node:path";\nexport default { turbopack: { root: path.resolve(import.meta.dirname, "../..") } };\n`,
  );
  writeFileSync(
    path.join(dir, "app", "layout.js"),
    `export default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  );
  writeFileSync(path.join(dir, "app", "page.js"), `export default function Page() {\n  return <p>Empty</p>;\n}\n`);
  const build = spawnSync(process.execPath, [path.join(projectRoot, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const html = path.join(dir, ".next", "server", "app", "index.html");
  if (build.status !== 0 || !existsSync(html)) throw new Error(`bench: the empty page did not build:\n${build.stdout}${build.stderr}`);
  const version = JSON.parse(readFileSync(path.join(projectRoot, "node_modules", "next", "package.json"), "utf8")).version;
  return { dir, nextVersion: version, ...gzippedJavaScript(html, path.join(dir, ".next", "static")) };
}
