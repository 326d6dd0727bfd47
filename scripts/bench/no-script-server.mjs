// The physical limit of a page, for `npm run bench`: `npm start`'s server for out/, except that the
// pages named on the command line are sent with every <script> (inline or not) and every script
// preload removed, gzip-compressed like the build's copies. Everything else is served as usual.
// Usage: PORT=4322 node scripts/bench/no-script-server.mjs / /timeline /no-such-page
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { constants, gzipSync } from "node:zlib";
import { parse, serialize } from "parse5";
import { notFoundCaching, pageCaching, responseHeaders } from "../../deploy/serving-rules.mjs";
import { siteHandler } from "../static-server.mjs";

const out = path.resolve(import.meta.dirname, "..", "..", "out");

/** @typedef {import("../export/rewrite-page.mjs").PageNode} PageNode */

/**
 * The page with no script at all.
 * @param {string} html
 */
export function withoutScripts(html) {
  const document = parse(html);
  /** @param {PageNode} node */
  const strip = (node) => {
    node.childNodes = (node.childNodes ?? []).filter((child) => {
      const rel = child.attrs?.find((attr) => attr.name === "rel")?.value;
      const as = child.attrs?.find((attr) => attr.name === "as")?.value;
      return child.tagName !== "script" && !(child.tagName === "link" && rel === "preload" && as === "script");
    });
    for (const child of node.childNodes) strip(child.tagName === "template" ? /** @type {PageNode} */ (child.content) : child);
  };
  strip(/** @type {PageNode} */ (/** @type {unknown} */ (document)));
  return serialize(document);
}

const stripped = new Map();
for (const route of process.argv.slice(2)) {
  let file = path.join(out, route === "/" ? "index.html" : `${route.slice(1)}.html`);
  let status = 200;
  try {
    readFileSync(file);
  } catch {
    file = path.join(out, "404.html");
    status = 404;
  }
  const body = gzipSync(withoutScripts(readFileSync(file, "utf8")), { level: constants.Z_BEST_COMPRESSION });
  stripped.set(route, { body, status });
}

const site = siteHandler(out);
const server = http.createServer((request, response) => {
  const page = stripped.get((request.url ?? "/").split("?")[0]);
  if (!page) return site(request, response);
  for (const { key, value } of responseHeaders("page", page.status === 404 ? notFoundCaching : pageCaching)) response.setHeader(key, value);
  response.writeHead(page.status, { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip", "Content-Length": page.body.length, Vary: "Accept-Encoding" });
  response.end(request.method === "HEAD" ? undefined : page.body);
});
server.listen(Number(process.env.PORT ?? 4322), "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
