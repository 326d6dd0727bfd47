/**
 * The site is a static export (`output: "export"`): `next build` writes every page and file to out/,
 * and whatever serves out/ sends the headers (scripts/static-server.mjs for `npm start`, nginx with
 * deploy/site.conf): a static export has no server of its own to run `headers()` or a proxy.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: "export",
  // NEXT_DIST_DIR lets a test build into its own folder without touching the real build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // /timeline is out/timeline.html (not out/timeline/index.html); both servers redirect /timeline/ to /timeline.
  trailingSlash: false,
  poweredByHeader: false,
  reactStrictMode: true,
  // Each language has its own root layout (app/(en)/, app/[lang]/): the 404 page brings its own document.
  experimental: { globalNotFound: true },
  // Islands get their messages compiled on the server (lib/ui-text/island-text.ts), so the browser's
  // copy of intl-messageformat needs only its formatter: the parser (about 7 KB gzipped) stays out.
  turbopack: {
    resolveAlias: {
      "@formatjs/icu-messageformat-parser": { browser: "@formatjs/icu-messageformat-parser/no-parser.js" },
    },
  },
};

export default nextConfig;
