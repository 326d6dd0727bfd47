import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/browser.mjs";
import { nextStartPort, nginxPort } from "./tests/e2e/servers";

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${nextStartPort}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: "off",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // The production build, served as `npm start` serves it (the test command builds first).
      command: `node node_modules/next/dist/bin/next start -p ${nextStartPort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${nextStartPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      // The static export, served by nginx with deploy/site.conf, as a static host would.
      command: `node scripts/serve-static.mjs`,
      env: { PORT: String(nginxPort), NGINX_WORKERS: "1" },
      url: `http://127.0.0.1:${nginxPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
