import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The reader's journeys in Firefox ESR and WebKitGTK (tests/engines/): one file per engine, one
 * browser per file, run one after the other against `npm start` (tests/engines/global-setup.ts).
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next resolves `server-only` to an empty module on the server; tests run there too.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/engines/**/*.test.ts"],
    globalSetup: ["tests/engines/global-setup.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // globalSetup may build the site first (scripts/start.mjs)
    teardownTimeout: 30_000,
    fileParallelism: false,
  },
});
