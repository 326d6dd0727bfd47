import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { rewritePage } from "@/scripts/export/rewrite-page.mjs";

const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/b.js" async=""></script><script>document.documentElement.dataset.js="";</script><script src="/_next/static/chunks/polyfill.js" noModule=""></script></head><body><h1>Hi</h1><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

test("the framework's scripts are taken out of the page and added after the load event, each once, in order", () => {
  const { html, deferred } = rewritePage(page);
  expect(deferred).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  expect(html).not.toMatch(/<script src="[^"]+" async/);
  expect(html).not.toContain('rel="preload"');
  expect(html).toContain('addEventListener("load"');
  // The nomodule polyfill is not async and stays where it was.
  expect(html).toContain('<script src="/_next/static/chunks/polyfill.js" nomodule="">');
  expect(html).toContain("<h1>Hi</h1>");
});

test("every inline script, the added loader included, is named by its SHA-256 in a policy before the first script", () => {
  const { html, hashes } = rewritePage(page);
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  expect(inline).toHaveLength(3);
  expect(hashes.sort()).toEqual(inline.map(sha256).sort());
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  expect(meta?.[1]).toContain(`script-src 'self' ${hashes.join(" ")}`);
  expect(meta?.[1]).not.toContain("unsafe-inline");
  expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf("<script"));
  expect(html.indexOf('<meta charset="utf-8">')).toBeLessThan(html.indexOf(meta![0]));
});

test("a page rewritten twice is refused rather than given two policies", () => {
  expect(() => rewritePage(rewritePage(page).html)).toThrow(/already has a script policy/);
});
