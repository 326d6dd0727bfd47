// `npm start`: builds the site if there is no build, or if anything it is built from is newer
// than the build, then serves the static export (out/) on PORT (default 3000) with
// scripts/static-server.mjs: the same files, with the same headers, as nginx or a static host.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createStaticServer } from "./static-server.mjs";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "out");
const builtMarker = path.join(out, "404.html.gz");
const inputs = ["app", "components", "content", "lib", "public", "scripts/export", "scripts/finish-export.mjs", "scripts/precompress-static.mjs", "next.config.mjs", "package-lock.json", "postcss.config.mjs"];

/**
 * @param {string} entry
 * @returns {number}
 */
function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stats.mtimeMs);
}

// The compressed copies are written last: a build that stopped half way has none.
const builtAt = existsSync(builtMarker) ? statSync(builtMarker).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((input) => newestChange(path.join(root, input))));
if (builtAt === 0 || changedAt > builtAt) {
  console.log(builtAt === 0 ? "No build yet: building the site…" : "Sources changed since the last build: rebuilding…");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const server = createStaticServer(out);
server.listen(port, host, () => console.log(`npm start: serving out/ on http://${host}:${port}/`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)) && server.closeAllConnections());
