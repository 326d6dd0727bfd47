/**
 * The response headers every page and file is served with, by `npm start` (next.config.mjs) and by
 * the nginx deployment of the static export (deploy/site.conf is generated from this file) alike.
 *
 * The policy allows nothing by default and then only what the site uses, all from its own origin.
 *
 * script-src keeps 'unsafe-inline', the one loosening Next.js forces on a prerendered site: every
 * App Router page carries its React Server Components payload in inline <script> tags
 * (`self.__next_f.push(...)`) whose content differs per page. The two ways around it do not fit
 * a static site: a nonce must be fresh per request, so Next.js renders every page on demand, and
 * there is no static export to put on a CDN; hashes would need a different policy for each of the
 * 260 pages, recomputed on every build. The inline scripts carry the site's own prerendered data;
 * there is no user input in any page, and no 'unsafe-eval': nothing can turn a string into code.
 *
 * style-src needs no 'unsafe-inline': the pages have no style attributes or <style> elements,
 * and what React and Next.js set at run time goes through the CSSOM, which CSP does not restrict.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {{ key: string; value: string }[]} */
export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];
