// Part of `npm run build`: lays the pages that `next build` prerendered into `out/`, a static
// site that any static host, CDN or the nginx config in deploy/ can serve. Fails if any route
// was not prerendered, since a static host could not serve it.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { precompress } from "./precompress-static.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, ".next");
const out = path.join(root, "out");
const readJson = (file) => JSON.parse(readFileSync(path.join(dist, file), "utf8"));

const prerendered = readJson("prerender-manifest.json");
const appRoutes = Object.values(readJson("app-path-routes-manifest.json"));
const notStatic = appRoutes.filter(
  (route) => !(route in prerendered.routes) && prerendered.dynamicRoutes[route]?.fallback !== false,
);
if (notStatic.length > 0) {
  console.error(`export-static: these routes are not prerendered, so a static host cannot serve them: ${notStatic.join(", ")}`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const internal = new Set(["/_global-error"]);
let pages = 0;
let files = 0;
for (const route of Object.keys(prerendered.routes)) {
  if (internal.has(route)) continue;
  const base = path.join(dist, "server", "app", route === "/" ? "index" : route.slice(1));
  if (route === "/_not-found") {
    cpSync(`${base}.html`, path.join(out, "404.html"));
    pages += 1;
  } else if (existsSync(`${base}.html`)) {
    cpSync(`${base}.html`, path.join(out, `${route === "/" ? "index" : route.slice(1)}.html`));
    pages += 1;
  } else if (existsSync(`${base}.body`)) {
    // A route handler's prerendered response (icon, sitemap, feed, data files).
    const target = path.join(out, route.slice(1));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(`${base}.body`, target);
    files += 1;
  } else {
    console.error(`export-static: ${route} was prerendered but its output is missing`);
    process.exit(1);
  }
}

cpSync(path.join(dist, "static"), path.join(out, "_next", "static"), { recursive: true });
if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), out, { recursive: true });
const compressed = precompress(out);
console.log(`export-static: ${pages} pages and ${files} files written to out/, with ${compressed} gzip copies`);
