// Part of `npm run build`, after `next build` has written the static export to out/:
// 1. drops out/_not-found.html, a copy of out/404.html that would otherwise be a page of its own;
// 2. rewrites every page (scripts/export/rewrite-page.mjs): the framework's scripts and the page's
//    payload (written to out/_next/static/flight/) start when the reader first interacts or once the
//    page is idle, never before the first paint, and the page's inline scripts are named by hash in its
//    own script policy; a page the rewrite does not understand stops the build;
// 3. writes gzip and brotli copies of every text file (scripts/precompress-static.mjs).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { flightDirectory, rewritePage } from "./export/rewrite-page.mjs";
import { precompress } from "./precompress-static.mjs";

const out = path.resolve(import.meta.dirname, "..", "out");
/** @param {number} since */
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

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

rmSync(path.join(out, "_not-found.html"), { force: true });

let started = performance.now();
const pages = htmlFiles(out);
mkdirSync(path.join(out, flightDirectory), { recursive: true });
for (const file of pages) {
  try {
    const { html, flight } = rewritePage(readFileSync(file, "utf8"));
    if (flight) writeFileSync(path.join(out, flight.path), flight.text);
    writeFileSync(file, html);
  } catch (error) {
    throw new Error(`finish-export: ${path.relative(out, file)}: ${error instanceof Error ? error.message : error}`);
  }
}
console.log(`finish-export: ${pages.length} pages rewritten (framework and payload at the first interaction or once idle, hashed script policy) in ${seconds(started)} s`);

started = performance.now();
const compressed = await precompress(out);
console.log(`finish-export: gzip and brotli copies of ${compressed} files in ${seconds(started)} s`);
