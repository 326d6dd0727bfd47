import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { deployFiles, siteConfig } from "@/lib/nginx-config.mjs";
import { securityHeaders } from "@/lib/security-headers.mjs";

const deployDir = path.resolve(import.meta.dirname, "../../deploy");

test("the nginx files in deploy/ are the ones lib/security-headers.mjs gives (run `npm run deploy:config` after changing it)", () => {
  for (const [name, text] of Object.entries(deployFiles())) {
    expect(readFileSync(path.join(deployDir, name), "utf8"), `deploy/${name}`).toBe(text);
  }
});

test("every location of the nginx site sends every security header, also on errors", () => {
  // nginx drops the server's add_header lines in a location that has its own, so each location repeats them.
  const locations = [...siteConfig().matchAll(/^location ([^{]+)\{([^}]*)\}/gm)];
  expect(locations.length).toBeGreaterThanOrEqual(4);
  for (const [, where, body] of locations) {
    for (const { key, value } of securityHeaders) {
      expect(body, `location ${where.trim()}: ${key}`).toContain(`add_header ${key} "${value}" always;`);
    }
  }
});
