import { createHash } from "node:crypto";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { deferredLoader, readerEvents, readerStoragePrefix, rewritePage } from "@/scripts/export/rewrite-page.mjs";
import { readerStorageKeys } from "@/lib/reader-storage";

const payload = ['(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"x"])'];
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/b.js" async=""></script><script>document.documentElement.dataset.js="";</script><script src="/_next/static/chunks/polyfill.js" noModule=""></script></head><body><h1>Hi</h1><script src="/_next/static/chunks/a.js" async=""></script><script>${payload[0]}</script><script>${payload[1]}</script></body></html>`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

test("the framework's scripts and the page's payload leave the page; the loader adds them back, the payload first, each once", () => {
  const { html, deferred, flight } = rewritePage(page);
  expect(flight?.path).toMatch(/^\/_next\/static\/flight\/[0-9a-f]{16}\.js$/);
  expect(flight?.text).toBe(`${payload.join(";\n")};\n`);
  expect(deferred).toEqual([flight?.path, "/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  expect(html).not.toMatch(/<script src="[^"]+" async/);
  expect(html).not.toContain('rel="preload"');
  expect(html).not.toContain("__next_f");
  expect(html).toContain(deferredLoader(deferred));
  // The nomodule polyfill is not async and stays where it was.
  expect(html).toContain('<script src="/_next/static/chunks/polyfill.js" nomodule="">');
  expect(html).toContain("<h1>Hi</h1>");
});

test("the head's inline scripts come before its stylesheet, which would otherwise hold up the parser", () => {
  const withStylesheet = page.replace('<meta charset="utf-8"/>', '<meta charset="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/s.css"/>');
  const { html } = rewritePage(withStylesheet);
  expect(html.indexOf('<script>document.documentElement.dataset.js="";</script>')).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
  expect(html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf("<script>"));
});

test("the same payload gets the same file name, a different one another", () => {
  const again = rewritePage(page).flight?.path;
  const other = rewritePage(page.replace('[1,"x"]', '[1,"y"]')).flight?.path;
  expect(again).toBe(rewritePage(page).flight?.path);
  expect(other).not.toBe(again);
});

test("every inline script, the added loader included, is named by its SHA-256 in a policy before the first script", () => {
  const { html, hashes } = rewritePage(page);
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  expect(inline).toHaveLength(2);
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

/** Runs the loader in a pretend browser and reports which scripts it added, and when. */
function runLoader({ search = "", hash = "", stored = [] as string[] } = {}) {
  const listeners = new Map<string, () => void>();
  const added: { src: string; async: boolean }[] = [];
  const browser = {
    location: { search, hash },
    localStorage: { length: stored.length, key: (index: number) => stored[index] ?? null },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
    requestAnimationFrame: (callback: () => void) => callback(),
    setTimeout: (callback: () => void) => callback(),
    document: {
      createElement: () => ({ src: "", async: true }),
      body: { appendChild: (script: { src: string; async: boolean }) => added.push(script) },
    },
  };
  runInNewContext(deferredLoader(["/_next/static/flight/p.js", "/_next/static/chunks/a.js"]), browser);
  return { listeners, added, fire: (type: string) => listeners.get(type)?.() };
}

test("on a plain address with nothing stored, the scripts wait for the reader's first interaction, then load once, in order", () => {
  const loader = runLoader();
  expect(loader.listeners.has("load")).toBe(false);
  expect(loader.added).toEqual([]);
  for (const type of readerEvents) expect(loader.listeners.has(type)).toBe(true);
  loader.fire("touchstart");
  expect(loader.added).toEqual([
    { src: "/_next/static/flight/p.js", async: false },
    { src: "/_next/static/chunks/a.js", async: false },
  ]);
  expect([...loader.listeners.keys()]).toEqual([]);
});

test("an address with a query or a fragment, or a choice stored on this site, starts the scripts once the page has loaded", () => {
  for (const options of [{ search: "?on=2024-09-18" }, { hash: "#step-3" }, { stored: ["other-site", readerStorageKeys.place] }]) {
    const loader = runLoader(options);
    expect(loader.added).toEqual([]);
    loader.fire("load");
    expect(loader.added.map((script) => script.src)).toEqual(["/_next/static/flight/p.js", "/_next/static/chunks/a.js"]);
  }
  expect(runLoader({ stored: ["some-other-site:key"] }).listeners.has("load")).toBe(false);
});

test("every key the site stores starts with the prefix the loader looks for", () => {
  for (const key of [readerStorageKeys.place, readerStorageKeys.theme, readerStorageKeys.guide("desktop")]) expect(key.startsWith(readerStoragePrefix)).toBe(true);
});
