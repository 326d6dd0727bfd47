/**
 * The response headers every page and file is served with, by `npm start` (scripts/static-server.mjs)
 * and by the nginx deployment of the static export (deploy/site.conf is generated from this file)
 * alike, and the script policy each page carries in its own <meta http-equiv="Content-Security-Policy">.
 *
 * The policy allows nothing by default and then only what the site uses, all from its own origin.
 *
 * Scripts: no 'unsafe-inline'. Every page has inline scripts that differ per page (the theme's, the
 * framework's list of chunks, and the build's loader with the page's own files), so the build
 * (scripts/finish-export.mjs) hashes each page's inline scripts into a policy in that page's <head>
 * (`pageScriptPolicy`). A browser
 * applies every policy it is given and lets through only what all of them allow, so the header sent
 * with pages must not restrict scripts itself (it cannot name 260 pages' hashes): it leaves out
 * script-src and default-src, and carries what a <meta> policy cannot (frame-ancestors) and the rest.
 * Everything that is not a page (scripts, styles, images, feeds, data) is sent with `filePolicy`,
 * which allows no script at all.
 *
 * style-src needs no 'unsafe-inline': the pages have no style attributes or <style> elements,
 * and what React and Next.js set at run time goes through the CSSOM, which CSP does not restrict.
 */
/*
 * img-src allows data: for the site's icon, which every page carries as a data: URL (lib/site-icon.ts)
 * rather than costing a request on a phone's first visit. A data: image cannot run anything, and the
 * site shows no image it did not build.
 */
/** @typedef {"page" | "file" | "map"} ResponseKind What is served, for its policy (see securityHeaders). */

const sharedDirectives = [
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** The header policy of every HTML page: all but scripts, which each page's own <meta> policy names. */
export const pageHeaderPolicy = [...sharedDirectives, "frame-ancestors 'none'"].join("; ");

/** The header policy of everything that is not a page: nothing may run. */
export const filePolicy = ["default-src 'none'", ...sharedDirectives, "frame-ancestors 'none'"].join("; ");

/**
 * The header policy of the world map's shapes file (/map/world-….svg), which the story shows as an
 * image coloured by its own <style> (lib/map/world-map-sprite.server.ts). Firefox applies an SVG
 * image's own response policy to it, so under the file policy it would draw the maps black: this one
 * allows the file's inline style, and otherwise is the file policy (no script can run in it).
 */
export const mapFilePolicy = filePolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * The policy a page carries in <meta http-equiv="Content-Security-Policy">: scripts from the site's
 * origin and the inline scripts whose hashes are given (`'sha256-…'` sources), nothing else.
 * @param {string[]} inlineScriptHashes
 */
export function pageScriptPolicy(inlineScriptHashes) {
  return ["default-src 'none'", ["script-src 'self'", ...inlineScriptHashes].join(" "), ...sharedDirectives].join("; ");
}

/** Headers every response carries, whatever it is. */
export const commonHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * The headers of a response, by what it is: an HTML page (the 404 page included), the map's shapes
 * file, or any other file.
 * @param {ResponseKind} kind
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders(kind) {
  const policy = { page: pageHeaderPolicy, file: filePolicy, map: mapFilePolicy }[kind];
  return [{ key: "Content-Security-Policy", value: policy }, ...commonHeaders];
}
