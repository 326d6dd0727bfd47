import { createHash } from "node:crypto";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { deferredLoader, idleStartFallbackMs, idleStartTimeoutMs, readerEvents, readerStoragePrefix, rewritePage } from "@/scripts/export/rewrite-page.mjs";
import { firstActionAttribute, firstActionRecord } from "@/lib/first-action.mjs";
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
  expect([...hashes].sort()).toEqual(inline.map(sha256).sort());
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
function runLoader({ search = "", hash = "", stored = [] as string[], idleCallback = true } = {}) {
  const listeners = new Map<string, (event?: unknown) => void>();
  const added: { src: string; async: boolean }[] = [];
  const idle: { callback: () => void; options: unknown }[] = [];
  const delays: number[] = [];
  const browser: Record<string, unknown> = {
    location: { search, hash },
    localStorage: { length: stored.length, key: (index: number) => stored[index] ?? null },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
    requestAnimationFrame: (callback: () => void) => callback(),
    setTimeout: (callback: () => void, delay = 0) => {
      delays.push(delay);
      callback();
    },
    document: {
      createElement: () => ({ src: "", async: true }),
      body: { appendChild: (script: { src: string; async: boolean }) => added.push(script) },
    },
  };
  if (idleCallback) browser.requestIdleCallback = (callback: () => void, options: unknown) => idle.push({ callback, options });
  browser.window = browser;
  runInNewContext(deferredLoader(["/_next/static/flight/p.js", "/_next/static/chunks/a.js"]), browser);
  const record = browser[firstActionRecord] as { actions: { kind: string; target: unknown; value?: string }[] };
  return { listeners, added, idle, delays, record, fire: (type: string, event?: unknown) => listeners.get(type)?.(event) };
}

const sources = ["/_next/static/flight/p.js", "/_next/static/chunks/a.js"];

test("on a plain address with nothing stored, the scripts start at the reader's first interaction, then load once, in order", () => {
  const loader = runLoader();
  expect(loader.added).toEqual([]);
  for (const type of readerEvents) expect(loader.listeners.has(type)).toBe(true);
  loader.fire("touchstart");
  expect(loader.added).toEqual(sources.map((src) => ({ src, async: false })));
  for (const type of readerEvents) expect(loader.listeners.has(type)).toBe(false);
});

test("with no reader event at all, the scripts start once the page is idle after its first paint, within a bound", () => {
  const loader = runLoader();
  loader.fire("load");
  expect(loader.added).toEqual([]);
  expect(loader.idle).toHaveLength(1);
  expect(loader.idle[0].options).toEqual({ timeout: idleStartTimeoutMs });
  loader.idle[0].callback();
  expect(loader.added.map((script) => script.src)).toEqual(sources);

  // A browser without requestIdleCallback (WebKit) starts them after a short delay instead.
  const webkit = runLoader({ idleCallback: false });
  webkit.fire("load");
  expect(webkit.added.map((script) => script.src)).toEqual(sources);
  expect(webkit.delays).toContain(idleStartFallbackMs);
});

test("an address with a query or a fragment, or a choice stored on this site, starts the scripts right after the first paint", () => {
  for (const options of [{ search: "?on=2024-09-18" }, { hash: "#step-3" }, { stored: ["other-site", readerStorageKeys.place] }]) {
    const loader = runLoader(options);
    expect(loader.added).toEqual([]);
    loader.fire("load");
    expect(loader.idle).toEqual([]);
    expect(loader.added.map((script) => script.src)).toEqual(sources);
  }
});

/** A click or input event on an element inside a control marked for its first action. */
function eventOn(kind: "click" | "value", extra: Record<string, unknown> = {}) {
  const control = { getAttribute: (name: string) => (name === firstActionAttribute ? kind : null), value: "dark", checked: true, ...extra };
  const event = { target: { closest: () => control }, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; }, stopPropagation() {} };
  return { control, event };
}

test("the first click on a control that needs the script is held, recorded once, and starts the scripts", () => {
  const loader = runLoader();
  const first = eventOn("click");
  loader.fire("click", first.event);
  expect(first.event.defaultPrevented).toBe(true);
  expect(loader.added).toHaveLength(2);
  const second = eventOn("click");
  loader.fire("click", second.event);
  expect(second.event.defaultPrevented).toBe(true);
  expect(loader.record.actions).toEqual([{ kind: "click", target: first.control }]);
  // React has put its props on it, but its island has not run yet (it still carries the mark): still kept.
  const hydrating = eventOn("click", { __reactProps$abc: {} });
  loader.fire("click", hydrating.event);
  expect(hydrating.event.defaultPrevented).toBe(true);
  // Once its island has run it drops the mark, and a click on it passes through untouched.
  const later = { ...eventOn("click").event, target: { closest: () => null } };
  loader.fire("click", later);
  expect(later.defaultPrevented).toBe(false);
});

test("a change to a plain-HTML control is let through and its latest value recorded", () => {
  const loader = runLoader();
  const { control, event } = eventOn("value");
  loader.fire("input", event);
  control.value = "light";
  loader.fire("input", event);
  expect(event.defaultPrevented).toBe(false);
  expect(loader.record.actions).toEqual([{ kind: "value", target: control, value: "light", checked: true }]);
  // An unmarked element is none of the loader's business.
  const plain = { target: { closest: () => null }, preventDefault: () => { throw new Error("prevented"); }, stopPropagation() {} };
  loader.fire("click", plain);
  expect(loader.record.actions).toHaveLength(1);
});

test("a page that would not hydrate stops the build, saying why", () => {
  const withoutPayload = page.replace(`<script>${payload[0]}</script><script>${payload[1]}</script>`, "");
  expect(() => rewritePage(withoutPayload)).toThrow(/framework scripts but no payload/);
  const withoutScripts = page.replace(/<script src="[^"]+" async=""><\/script>/g, "").replace(/<link rel="preload"[^>]*>/, "");
  expect(() => rewritePage(withoutScripts)).toThrow(/payload but no framework scripts/);
  expect(() => rewritePage(page.replace('<h1>Hi</h1>', '<h1>Hi</h1><script src="/_next/static/chunks/sync.js"></script>'))).toThrow(/without async/);
  expect(() => rewritePage(page.replace('<h1>Hi</h1>', '<h1>Hi</h1><script type="module" src="/_next/static/chunks/m.js"></script>'))).toThrow(/type="module"/);
  expect(() => rewritePage(page.replace('<h1>Hi</h1>', '<h1>Hi</h1><link rel="modulepreload" href="/_next/static/chunks/m.js">'))).toThrow(/modulepreload/);
  expect(() => rewritePage(page.replace('<h1>Hi</h1>', '<h1>Hi</h1><script>window.__next_f2=[]</script>'))).toThrow(/form the rewrite does not know/);
  // A page with no framework at all (nothing to hydrate) is fine.
  expect(() => rewritePage('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>Plain</p></body></html>')).not.toThrow();
});

test("every key the site stores starts with the prefix the loader looks for", () => {
  for (const key of [readerStorageKeys.place, readerStorageKeys.theme, readerStorageKeys.guide("desktop")]) expect(key.startsWith(readerStoragePrefix)).toBe(true);
});
