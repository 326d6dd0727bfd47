import { expect } from "@playwright/test";
import { securityHeaders, type ResponseKind } from "../../lib/security-headers.mjs";

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

/**
 * The checks below collect what is wrong as sentences and assert once per response: one expect()
 * per header and source, over a thousand responses, made Playwright's bookkeeping the slow part.
 */
type Problems = string[];

/**
 * Only the site's own origin may provide anything: no hosts, schemes or wildcards, no 'unsafe-…'.
 * The one exception is data: images, for the icon each page carries (lib/site-icon.ts).
 */
function ownOriginOnlyProblems(directives: Map<string, string[]>, problems: Problems, styles = "'self'") {
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (name === "img-src" && source === "data:") continue;
      if (name === "style-src" && styles.split(" ").includes(source)) continue;
      if (!/^'(self|none|sha256-[A-Za-z0-9+/]+=*)'$/.test(source)) problems.push(`${name} allows ${source}`);
    }
  }
  if (directives.get("style-src")?.join(" ") !== styles) problems.push(`style-src is ${directives.get("style-src")?.join(" ")}, not ${styles}`);
}

/**
 * What the header policy must say, whoever serves it. A page's header leaves scripts to the page's
 * own <meta> policy (it may not allow them itself); every other file's header allows no script.
 */
function strictPolicyProblems(policy: string | undefined, kind: ResponseKind, problems: Problems) {
  if (!policy) return problems.push("no Content-Security-Policy");
  const directives = cspDirectives(policy);
  if (directives.get("frame-ancestors")?.join(" ") !== "'none'") problems.push("frame-ancestors is not 'none'");
  if ((directives.get("object-src") ?? directives.get("default-src"))?.join(" ") !== "'none'") problems.push("plugins are not refused");
  if (directives.has("script-src")) problems.push("script-src in the header");
  if (kind !== "page" && directives.get("default-src")?.join(" ") !== "'none'") problems.push("a file's default-src is not 'none'");
  if (kind === "page" && directives.has("default-src")) problems.push("default-src in a page's header (it would block the hashed scripts)");
  // The map's shapes file is an image that colours itself with its own <style> (lib/security-headers.mjs).
  ownOriginOnlyProblems(directives, problems, kind === "map" ? "'self' 'unsafe-inline'" : "'self'");
}

/** A page's own policy: nothing by default; scripts from the site's origin and hashed inline scripts only. */
export function expectPageScriptPolicy(html: string, where: string) {
  const problems: Problems = [];
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/g)];
  if (metas.length !== 1) problems.push(`${metas.length} <meta> policies, not one`);
  else {
    if (html.indexOf(metas[0][0]) > html.indexOf("<script")) problems.push("the policy comes after a script");
    const directives = cspDirectives(metas[0][1].replaceAll("&#39;", "'"));
    if (directives.get("default-src")?.join(" ") !== "'none'") problems.push("default-src is not 'none'");
    const scripts = directives.get("script-src") ?? [];
    if (scripts[0] !== "'self'" || !scripts.slice(1).every((source) => source.startsWith("'sha256-"))) problems.push(`script-src ${scripts.join(" ")}`);
    ownOriginOnlyProblems(directives, problems);
  }
  expect(problems, `${where}: the page's own script policy`).toEqual([]);
}

/** Every header of lib/security-headers.mjs, with its exact value, and a policy that is strict. */
export function expectSecurityHeaders(headers: Record<string, string>, where: string, path = "") {
  const problems: Problems = [];
  const type = headers["content-type"] ?? "";
  const kind: ResponseKind = type.startsWith("text/html") ? "page" : path.startsWith("/map/") && type.startsWith("image/svg+xml") ? "map" : "file";
  for (const { key, value } of securityHeaders(kind)) if (headers[key.toLowerCase()] !== value) problems.push(`${key}: ${headers[key.toLowerCase()]}`);
  strictPolicyProblems(headers["content-security-policy"], kind, problems);
  const hsts = /max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "");
  if (!(Number(hsts?.[1]) >= 31_536_000)) problems.push("HSTS max-age under a year");
  if (headers["x-content-type-options"] !== "nosniff") problems.push("X-Content-Type-Options is not nosniff");
  if (headers["x-powered-by"] !== undefined) problems.push(`X-Powered-By: ${headers["x-powered-by"]}`);
  expect(problems, `${where}: security headers`).toEqual([]);
}
