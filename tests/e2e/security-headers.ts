import { expect } from "@playwright/test";
import { securityHeaders } from "../../lib/security-headers.mjs";

/** The directives of a Content-Security-Policy, each with its sources. */
export function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** What the site's policy must say, whoever serves it. */
export function expectStrictPolicy(policy: string | undefined, where: string) {
  expect(policy, `${where}: Content-Security-Policy`).toBeTruthy();
  const directives = cspDirectives(policy!);
  expect(directives.get("default-src"), `${where}: default-src`).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors"), `${where}: frame-ancestors`).toEqual(["'none'"]);
  expect(directives.get("object-src") ?? directives.get("default-src"), `${where}: plugins`).toEqual(["'none'"]);
  const scriptSources = directives.get("script-src") ?? [];
  expect(scriptSources, `${where}: script-src`).not.toContain("'unsafe-eval'");
  expect(scriptSources, `${where}: script-src`).not.toContain("'wasm-unsafe-eval'");
  // Only the site's own origin may provide anything: no hosts, schemes or wildcards.
  for (const [name, sources] of directives) {
    for (const source of sources) expect(source, `${where}: ${name}`).toMatch(/^'(self|none|unsafe-inline)'$/);
  }
  expect(directives.get("style-src"), `${where}: style-src`).not.toContain("'unsafe-inline'");
}

/** Every header of lib/security-headers.mjs, with its exact value, and a policy that is strict. */
export function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  for (const { key, value } of securityHeaders) expect(headers[key.toLowerCase()], `${where}: ${key}`).toBe(value);
  expectStrictPolicy(headers["content-security-policy"], where);
  const hsts = /max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "");
  expect(Number(hsts?.[1]), `${where}: HSTS max-age of at least a year`).toBeGreaterThanOrEqual(31_536_000);
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-powered-by"], `${where}: no X-Powered-By`).toBeUndefined();
}
