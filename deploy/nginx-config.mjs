/**
 * The nginx configuration that serves the static export (out/). deploy/site.conf and
 * deploy/nginx.conf are written from here by `npm run deploy:config`, with the rules of
 * deploy/serving-rules.mjs and the headers of lib/security-headers.mjs, so `npm start` and nginx
 * answer alike; a unit test fails when the files in deploy/ are stale.
 */
import { allowedMethods, feedPath, feedType, hashedAssetCaching, hashedAssetFolders, languageSegmentPattern, notFoundCaching, pageCaching, responseHeaders, responseKind } from "./serving-rules.mjs";

export { hashedAssetCaching, notFoundCaching, pageCaching };

/** Text types worth compressing on the fly; nginx always compresses text/html when gzip is on. */
export const compressedTypes = [
  "text/css",
  "text/plain",
  "text/xml",
  "application/javascript",
  "application/json",
  "application/manifest+json",
  "application/xml",
  "image/svg+xml",
];

/** A path whose last segment has an extension other than .html: a file, not a page (isPagePath). */
export const fileExtensionPattern = "\\.(?!html$)[^./]+$";

/**
 * @param {import("../lib/security-headers.mjs").ResponseKind} kind
 * @param {string} cacheControl
 * @param {string} indent
 */
function headerLines(kind, cacheControl, indent) {
  return responseHeaders(kind, cacheControl)
    .map(({ key, value }) => {
      // nginx would read "$" as a variable and '"' as the end of the value.
      if (/["$\\]/.test(value)) throw new Error(`nginx-config: the value of ${key} cannot be written into nginx.conf: ${value}`);
      // "always": also on 404 and redirect responses, not only on 2xx.
      return `${indent}add_header ${key} "${value}" always;`;
    })
    .join("\n");
}

/**
 * The server-level part: include it in a `server { }` block that sets listen, server_name and
 * `root /path/to/out;`.
 */
export function siteConfig() {
  return `# Default On: serves the static export (out/) with the site's security headers, gzip, and
# caching. Include it in a server block that sets listen, server_name and root:
#
#     server {
#         listen 443 ssl;
#         server_name example.org;
#         root /srv/default-on/out;
#         include /srv/default-on/deploy/site.conf;
#     }
#
# Generated from deploy/serving-rules.mjs, lib/security-headers.mjs and deploy/nginx-config.mjs by
# \`npm run deploy:config\`: edit those, not this file.

server_tokens off;
charset utf-8;
absolute_redirect off;
# A request that does not parse (a path with a broken %-escape, or one above the root) gets the
# site's 404 page, as it does from \`npm start\`.
# An unknown address under a language's prefix gets that language's 404 page (out/ja/404.html):
# the build writes one for each language, so a first segment shaped like a language tag with a
# 404.html in its folder is a language, and this file needs no list of them.
set $not_found_page /404.html;
set $language_not_found_page "";
if ($uri ~ "^/(${languageSegmentPattern})(/|$)") {
    set $language_not_found_page /$1/404.html;
}
if (-f $document_root$language_not_found_page) {
    set $not_found_page $language_not_found_page;
}
error_page 404 =404 $not_found_page;
error_page 400 =404 /404.html;

# out/ holds a best-compression .gz copy of each text file (written by the build): sent as it is.
# Anything without one is compressed on the fly. The .br copies are for servers with brotli
# (\`npm start\`); Debian's nginx has no brotli module, so it sends gzip.
gzip_static on;
gzip on;
gzip_vary on;
gzip_comp_level 6;
gzip_min_length 256;
gzip_types ${compressedTypes.join(" ")};

# A static site answers ${allowedMethods.join(" and ")} only.
${headerLines("file", notFoundCaching, "")}
if ($request_method !~ ^(${allowedMethods.join("|")})$) {
    return 405;
}
# The build's compressed copies are sent in place of their file, never as files of their own.
if ($uri ~ "\\.(gz|br)$") {
    return 404;
}

# Hashed build output: cached for a year and never rechecked.
${hashedAssetFolders.map((folder) => `location ^~ ${folder} {
${headerLines(responseKind(folder), hashedAssetCaching, "    ")}
    try_files $uri =404;
}`).join("\n")}

# /timeline/ redirects to /timeline, as \`npm start\` does.
location ~ ^(?<without_slash>/.+)/$ {
${headerLines("page", pageCaching, "    ")}
    return 308 $without_slash$is_args$args;
}

# out/404.html is the error page, not a page of its own: /404 is unknown like any other address.
location ~ "^(/${languageSegmentPattern})?/404$" {
${headerLines("page", notFoundCaching, "    ")}
    return 404;
}

# The project's 404 pages, sent with status 404 for every unknown address.
location ~ "^(/${languageSegmentPattern})?/404\\.html$" {
    internal;
${headerLines("page", notFoundCaching, "    ")}
}

# The Atom feed, with its own type.
location = ${feedPath} {
${headerLines("file", pageCaching, "    ")}
    types { }
    default_type ${feedType};
    charset_types ${feedType};
    try_files $uri =404;
}

# Files that are not pages (feed, data, images, the pages' data for client navigation): the file policy.
location ~ ${fileExtensionPattern.replaceAll("\\\\", "\\")} {
${headerLines("file", pageCaching, "    ")}
    try_files $uri =404;
}

location = / {
${headerLines("page", pageCaching, "    ")}
    try_files /index.html =404;
}

# /timeline is out/timeline.html.
location / {
${headerLines("page", pageCaching, "    ")}
    try_files $uri $uri.html =404;
}
`;
}

/**
 * A whole nginx.conf that runs in the foreground and serves `root` with site.conf: the one in
 * deploy/ for trying the deployment locally, and the one the tests and the benchmark start.
 *
 * @param {{ listen: string; root: string; siteConf: string; stateDir: string; statePrefix?: string; user?: string; workers?: string }} options
 *   `root` is relative to nginx's -p prefix unless absolute; `siteConf` relative to this file's folder;
 *   `stateDir` is an existing writable folder for the pid file and nginx's temporary folders, whose
 *   names start with `statePrefix`.
 */
export function mainConfig({ listen, root, siteConf, stateDir, statePrefix = "", user, workers = "auto" }) {
  const state = `${stateDir}/${statePrefix}`;
  return `# Runs nginx in the foreground, serving the static export with deploy/site.conf. From the project
# folder, after \`npm run build\`: nginx -p "$PWD" -c "$PWD/deploy/nginx.conf"
# Generated by \`npm run deploy:config\` from deploy/nginx-config.mjs: edit that, not this file.
${user ? `user ${user};\n` : ""}daemon off;
worker_processes ${workers};
pid ${state}nginx.pid;
error_log stderr warn;

events {
    worker_connections 1024;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 10000;

    client_body_temp_path ${state}client-body;
    proxy_temp_path ${state}proxy;
    fastcgi_temp_path ${state}fastcgi;
    uwsgi_temp_path ${state}uwsgi;
    scgi_temp_path ${state}scgi;

    server {
        listen ${listen};
        root ${root};
        include ${siteConf};
    }
}
`;
}

/** The files in deploy/, by name. */
export function deployFiles() {
  return {
    "site.conf": siteConfig(),
    // Started from the project folder: nginx -p "$PWD" -c "$PWD/deploy/nginx.conf"
    "nginx.conf": mainConfig({ listen: "127.0.0.1:8080", root: "out", siteConf: "site.conf", stateDir: "/tmp", statePrefix: "default-on-nginx-" }),
  };
}
