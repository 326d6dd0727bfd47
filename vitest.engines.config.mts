import { defineConfig } from "vitest/config";
import { siteResolve } from "./vitest.resolve.mjs";

/**
 * The reader's journeys in Firefox ESR and WebKitGTK (tests/engines/): one file per engine, one
 * browser per file, run one after the other against `npm start` (tests/engines/global-setup.ts).
 */
export default defineConfig({
  resolve: siteResolve,
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
