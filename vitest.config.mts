import { defineConfig } from "vitest/config";
import { siteResolve } from "./vitest.resolve.mjs";

export default defineConfig({
  resolve: siteResolve,
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
  },
});
