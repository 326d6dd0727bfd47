import path from "node:path";
import { defineConfig } from "vitest/config";

/** Real `next build` runs against broken content: slow, so apart from the unit tests. */
export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["tests/build/**/*.test.ts"],
    environment: "node",
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
