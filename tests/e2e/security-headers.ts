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

/** Only the site's own origin may provide anything: no hosts, schemes or wildcards, no 'unsafe-…'. */
function expectOwnOriginOnly(directives: Map<string, string[]>, where: string) {
  for (const [name, sources] of directives) {
    for (const source of sources) expect(source, `${where}: ${name}`).toMatch(/^'(self|none|sha256-[A-Za-z0-9+/]+=*)'$/);
  }
  expect(directives.get("style-src"), `${where}: style-src`).toEqual(["'self'"]);
}

/**
 * What the header policy must say, whoever serves it. A page's header leaves scripts to the page's
 * own <meta> policy (it may not allow them itself); every other file's header allows no script.
 */
export function expectStrictPolicy(policy: string | undefined, where: string, kind: "page" | "file") {
  expect(policy, `${where}: Content-Security-Policy`).toBeTruthy();
  const directives = cspDirectives(policy!);
  expect(directives.get("frame-ancestors"), `${where}: frame-ancestors`).toEqual(["'none'"]);
  expect(directives.get("object-src") ?? directives.get("default-src"), `${where}: plugins`).toEqual(["'none'"]);
  expect(directives.has("script-src"), `${where}: script-src in the header`).toBe(false);
  if (kind === "file") expect(directives.get("default-src"), `${where}: default-src`).toEqual(["'none'"]);
  else expect(directives.has("default-src"), `${where}: default-src in a page's header (it would block the hashed scripts)`).toBe(false);
  expectOwnOriginOnly(directives, where);
}

/** A page's own policy: nothing by default; scripts from the site's origin and hashed inline scripts only. */
export function expectPageScriptPolicy(html: string, where: string) {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/g)];
  expect(metas.length, `${where}: one <meta> policy`).toBe(1);
  expect(html.indexOf(metas[0][0]), `${where}: the policy comes before any script`).toBeLessThan(html.indexOf("<script"));
  const directives = cspDirectives(metas[0][1].replaceAll("&#39;", "'"));
  expect(directives.get("default-src"), `${where}: default-src`).toEqual(["'none'"]);
  const scripts = directives.get("script-src") ?? [];
  expect(scripts[0], `${where}: script-src`).toBe("'self'");
  expect(scripts.slice(1).every((source) => source.startsWith("'sha256-")), `${where}: script-src ${scripts.join(" ")}`).toBe(true);
  expectOwnOriginOnly(directives, where);
}

/** Every header of lib/security-headers.mjs, with its exact value, and a policy that is strict. */
export function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const kind = (headers["content-type"] ?? "").startsWith("text/html") ? "page" : "file";
  for (const { key, value } of securityHeaders(kind)) expect(headers[key.toLowerCase()], `${where}: ${key}`).toBe(value);
  expectStrictPolicy(headers["content-security-policy"], where, kind);
  const hsts = /max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "");
  expect(Number(hsts?.[1]), `${where}: HSTS max-age of at least a year`).toBeGreaterThanOrEqual(31_536_000);
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-powered-by"], `${where}: no X-Powered-By`).toBeUndefined();
}
