/**
 * The server of `npm start`: serves the static export (out/) as a static host would, with the same
 * answers as nginx with deploy/site.conf (the rules both follow are in deploy/serving-rules.mjs).
 * Files come from sirv, which indexes out/ once at start (so it cannot serve anything outside out/),
 * maps clean URLs to files (/timeline → timeline.html) and sends the build's brotli or gzip copy
 * when the browser accepts it. Around it, this module adds what sirv leaves to its host: the security
 * headers and caching on every response, the 404 page with status 404, 405 for other methods, and
 * the same handling of odd paths as nginx (trailing slashes redirect, `..` segments resolve, a path
 * that does not decode is unknown).
 */
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";
import {
  allowedMethods,
  feedPath,
  feedType,
  hashedAssetCaching,
  isHashedAsset,
  longestPath,
  notFoundCaching,
  pageCaching,
  responseHeaders,
  responseKind,
  notFoundPageFor,
} from "../deploy/serving-rules.mjs";

/** Content types as Debian's nginx sends them (its mime.types, and `charset utf-8` on text). */
/** @type {Record<string, string>} */
const contentTypes = {
  html: "text/html; charset=utf-8",
  js: "application/javascript; charset=utf-8",
  css: "text/css",
  json: "application/json",
  xml: "text/xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  webmanifest: "application/manifest+json",
};

/** @param {string} pathname */
function contentType(pathname) {
  if (pathname === feedPath) return `${feedType}; charset=utf-8`;
  const extension = /\.([a-z0-9]+)$/i.exec(pathname.slice(pathname.lastIndexOf("/")))?.[1]?.toLowerCase();
  return extension ? contentTypes[extension] : contentTypes.html;
}

/**
 * @param {import("node:http").ServerResponse} response
 * @param {{ key: string; value: string }[]} headers
 */
function setHeaders(response, headers) {
  for (const { key, value } of headers) response.setHeader(key, value);
}

/** A 404 page and its compressed copies, read once. */
/**
 * @param {string} out
 * @param {string} page
 */
function notFoundPage(out, page) {
  const file = path.join(out, page);
  /** @param {string} suffix */
  const read = (suffix) => {
    try {
      return readFileSync(`${file}${suffix}`);
    } catch {
      return null;
    }
  };
  return { identity: read(""), br: read(".br"), gzip: read(".gz") };
}

/**
 * The path nginx would serve: percent-decoded, with `.` and `..` segments resolved and repeated
 * slashes merged; null if it does not decode or climbs above the root (nginx answers those 400,
 * which deploy/site.conf turns into the 404 page).
 */
/**
 * @param {string} rawPath
 * @returns {string | null}
 */
export function normalizedPath(rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const segments = [];
  for (const segment of decoded.split("/").slice(1)) {
    if (segment === "..") {
      if (segments.length === 0) return null;
      segments.pop();
    } else if (segment !== "." && segment !== "") {
      segments.push(segment);
    }
  }
  const trailingSlash = /\/\.{0,2}$/.test(decoded) && segments.length > 0;
  return `/${segments.join("/")}${trailingSlash ? "/" : ""}`;
}

/** The request handler for out/: (request, response) => void. */
/**
 * @param {string} out
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void}
 */
export function siteHandler(out) {
  // Each language's 404 page, out/<lang>/404.html, read once; which folders have one is the build's list of languages.
  /** @type {Map<string, ReturnType<typeof notFoundPage>>} */
  const notFoundPages = new Map();
  /** @param {string} page */
  const readNotFoundPage = (page) => {
    let found = notFoundPages.get(page);
    if (!found && existsSync(path.join(out, page))) {
      found = notFoundPage(out, page);
      notFoundPages.set(page, found);
    }
    return found ?? null;
  };
  readNotFoundPage("/404.html");
  const files = sirv(out, {
    extensions: ["html"],
    gzip: true,
    brotli: true,
    etag: true,
    dotfiles: false,
    setHeaders(response, pathname) {
      const cache = isHashedAsset(pathname) ? hashedAssetCaching : pageCaching;
      setHeaders(response, responseHeaders(responseKind(pathname), cache));
      const type = contentType(pathname);
      if (type) response.setHeader("Content-Type", type);
    },
    // sirv has the decoded, normalized path (set below) in request.url.
    onNoMatch: (request, response) => sendNotFound(request, response, (request.url ?? "/").split("?")[0]),
  });

  /** `pathname` picks the language's 404 page; an address that does not decode gets the default one, as from nginx. */
  /**
   * @param {import("node:http").IncomingMessage} request
   * @param {import("node:http").ServerResponse} response
   */
  function sendNotFound(request, response, pathname = "/") {
    // out/404.html is read when the server starts: the build always writes it.
    const notFound = /** @type {ReturnType<typeof notFoundPage>} */ (readNotFoundPage(notFoundPageFor(pathname, (page) => readNotFoundPage(page) !== null)) ?? readNotFoundPage("/404.html"));
    const accepts = request.headers["accept-encoding"] ?? "";
    const [body, encoding] = /\bbr\b/.test(accepts) && notFound.br ? [notFound.br, "br"] : /\bgzip\b/.test(accepts) && notFound.gzip ? [notFound.gzip, "gzip"] : [notFound.identity, null];
    setHeaders(response, responseHeaders("page", notFoundCaching));
    response.statusCode = 404;
    if (!body) return response.end("Not found");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Vary", "Accept-Encoding");
    if (encoding) response.setHeader("Content-Encoding", encoding);
    response.setHeader("Content-Length", body.length);
    response.end(request.method === "HEAD" ? undefined : body);
  }

  return (request, response) => {
    const url = request.url ?? "/";
    const queryAt = url.indexOf("?");
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = queryAt === -1 ? "" : url.slice(queryAt);

    if (!allowedMethods.includes(request.method ?? "")) {
      setHeaders(response, responseHeaders("file", notFoundCaching));
      response.writeHead(405, { Allow: allowedMethods.join(", "), "Content-Type": "text/plain; charset=utf-8" });
      return response.end("Method not allowed\n");
    }
    if (rawPath.length > longestPath) {
      setHeaders(response, responseHeaders("file", notFoundCaching));
      response.writeHead(414, { "Content-Type": "text/plain; charset=utf-8" });
      return response.end("Address too long\n");
    }
    const pathname = rawPath.startsWith("/") ? normalizedPath(rawPath) : null;
    if (pathname === null) return sendNotFound(request, response);
    if (pathname.endsWith("/404") || pathname.endsWith(".gz") || pathname.endsWith(".br")) return sendNotFound(request, response, pathname);
    // nginx's locations for hashed files have no redirect: a folder there is simply not a file.
    if (isHashedAsset(pathname) && pathname.endsWith("/")) return sendNotFound(request, response, pathname);
    if (pathname.length > 1 && pathname.endsWith("/")) {
      setHeaders(response, responseHeaders("page", pageCaching));
      response.writeHead(308, { Location: `${encodeURI(pathname.slice(0, -1))}${query}` });
      return response.end();
    }
    // The 404 pages are error pages, not pages of their own.
    if (notFoundPages.has(pathname)) return sendNotFound(request, response, pathname);
    request.url = `${encodeURI(pathname)}${query}`;
    files(request, response);
  };
}

/** An HTTP server for out/ (not yet listening). */
/** @param {string} out */
export function createStaticServer(out) {
  // Long addresses reach the handler (which answers 414) instead of Node's 431.
  return http.createServer({ maxHeaderSize: 64 * 1024 }, siteHandler(out));
}
