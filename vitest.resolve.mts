import path from "node:path";

/** How every Vitest run resolves the site's imports: `@/` from the root, and `server-only` as Next does on the server. */
export const siteResolve = {
  alias: {
    "@": path.resolve(import.meta.dirname),
    // Next resolves `server-only` to an empty module on the server; tests run there too.
    "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
  },
};
