// @ts-check
/**
 * Imports a TypeScript module of lib/ from a Node script: esbuild (already the MDX compiler's) bundles
 * it with lib/ into one file under node_modules/.cache, leaving packages to Node. `server-only` is an
 * empty module here, as it is on Next's server.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");

/** @param {string} entry a path from the project root, such as "lib/content/translation-report.ts" */
export async function importTs(entry) {
  const outfile = path.join(root, "node_modules", ".cache", "default-on-scripts", `${path.basename(entry, ".ts")}.mjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
    plugins: [
      {
        name: "server-only-is-empty",
        setup(plugin) {
          plugin.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
          plugin.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
        },
      },
    ],
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
