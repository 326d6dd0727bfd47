import { defineConfig } from "vitest/config";
import { siteResolve } from "./vitest.resolve.mjs";

/** Real `next build` runs against broken content: slow, so apart from the unit tests. */
export default defineConfig({
  resolve: siteResolve,
  test: {
    include: ["tests/build/**/*.test.ts"],
    environment: "node",
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
