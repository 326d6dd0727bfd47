/**
 * Rewrites one exported page (parsed with parse5, a spec-compliant HTML parser) so that:
 *
 * 1. the framework waits for the reader, not the other way round: every `<script src async>` and every
 *    `<link rel="preload" as="script">` Next.js writes is taken out, and so is the page's React Server
 *    Components payload (the inline `self.__next_f.push(…)` scripts), which goes into a file of its
 *    own under /_next/static/flight/. One small inline script (loadFramework below) adds the payload
 *    and then the framework's scripts, in order, at the reader's first interaction, right after the
 *    first paint when the page has something only the script can show, and otherwise once the page
 *    is idle after its first paint; what the reader does to a control before then is kept and carried
 *    out once the framework runs. The page is complete without them (every page works without
 *    JavaScript); they hydrate it. Scripts without `async` (the `nomodule` polyfill, which modern
 *    browsers skip) stay as they are.
 * 2. the head's inline scripts run before its stylesheets, so that the parser does not wait for them.
 * 3. the page names its inline scripts: each one's SHA-256 goes into a
 *    `<meta http-equiv="Content-Security-Policy">` at the top of <head>, so no other inline script runs.
 *
 * It fails loudly rather than write a page that would not hydrate: a payload with no framework
 * scripts, framework scripts with no payload, or scripts in a form it does not expect (a
 * synchronous or module script, a module preload, the framework's data in an unknown inline form).
 */
import { createHash } from "node:crypto";
import { parse, serialize } from "parse5";
import { pageScriptPolicy } from "../../lib/security-headers.mjs";
import { firstActionAttribute, firstActionRecord } from "../../lib/first-action.mjs";

/** The prefix of every key the site keeps in localStorage (lib/reader-storage.ts). */
export const readerStoragePrefix = "default-on:";

/** Where a page's payload file is served from; its name is a hash of its content, like Next's own files. */
export const flightDirectory = "/_next/static/flight/";

/**
 * The `'sha256-…'` source of an inline script, hashed over its text exactly as the page holds it.
 * @param {string} text
 */
export function scriptHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * Events that mean a reader is there and may reach for a control, or has just changed a choice in
 * another of the site's tabs (`storage`), which this page shows too: the first one starts the framework.
 */
export const readerEvents = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "scroll", "focusin", "storage"];

/**
 * How long an idle page waits, at most, before the framework starts with no reader event at all: the
 * bound of requestIdleCallback (Chromium, Firefox), and the delay where there is none (WebKit).
 */
export const idleStartTimeoutMs = 2000;
export const idleStartFallbackMs = 300;

/**
 * Runs in the page (its text, `loadFramework.toString()`, is inlined and hashed; plain ES2019, no
 * outside names). It adds the page's payload and the framework's scripts (`async = false`: they
 * download together and run in this order, the payload first, as the framework expects to find it),
 * and starts them at the first of:
 * - one of `events`, the signs that a reader is there and may reach for a control;
 * - right after the first frame is on screen when the address or the reader's stored choices ask for
 *   what only the script shows (a date from ?on=, a #step-N, done-marks, a remembered place): after
 *   `load`, two animation frames (the first frame is presented before the second one's callbacks
 *   run) and a task. On loopback `load` fires before the first frame; starting the scripts on `load`
 *   alone let them race the first paint (measured: simulated mobile LCP of the story page 1.7 to 2.1 s
 *   instead of about 0.9 s);
 * - otherwise, once the page is idle after that first frame (a bounded idle callback), so that a
 *   reader whose assistive technology sends no events at all still gets live controls.
 * Until a control is live, it keeps what the reader does to it: a control still marked with
 * `attribute` (lib/first-action.mjs) is not live yet. The first click on a "click" control is
 * held and recorded, the latest change of a "value" control is recorded, in `window[recordName]`,
 * for the islands to carry out once (components/hooks/first-action.ts).
 * @param {string[]} scripts
 * @param {string[]} events
 * @param {string} storagePrefix
 * @param {string} attribute
 * @param {string} recordName
 * @param {number} idleTimeoutMs
 * @param {number} fallbackMs
 */
function loadFramework(scripts, events, storagePrefix, attribute, recordName, idleTimeoutMs, fallbackMs) {
  var started = false;
  /** @type {{ actions: any[] }} */
  var record = { actions: [] };
  /** @type {any} */ (window)[recordName] = record;
  function start() {
    if (started) return;
    started = true;
    events.forEach(function (type) { removeEventListener(type, start, true); });
    scripts.forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;
      document.body.appendChild(script);
    });
  }
  // A control is live once its island has run: it then drops the attribute (components/hooks/
  // first-action.ts). React's props on an element are not enough: they are set while a part of the page
  // is still hydrating, before React takes events for it, and a click let through then would be lost.
  /** @param {any} event @param {string} kind */
  function control(event, kind) {
    var found = event.target && event.target.closest ? event.target.closest("[" + attribute + "]") : null;
    return found && found.getAttribute(attribute) === kind ? found : null;
  }
  addEventListener("click", function (event) {
    var area = control(event, "point");
    if (area) {
      var box = area.getBoundingClientRect();
      if (!record.actions.some(function (action) { return action.kind === "point"; })) record.actions.push({ kind: "point", target: area, x: event.clientX - box.left, y: event.clientY - box.top });
      start();
      return;
    }
    var target = control(event, "click");
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    if (!record.actions.some(function (action) { return action.kind === "click"; })) record.actions.push({ kind: "click", target: target });
    start();
  }, true);
  addEventListener("input", function (event) {
    var target = control(event, "value");
    if (!target) return;
    record.actions = record.actions.filter(function (action) { return action.target !== target; });
    record.actions.push({ kind: "value", target: target, value: target.value, checked: target.checked });
    start();
  }, true);
  events.forEach(function (type) { addEventListener(type, start, { capture: true, passive: true }); });
  var stored = false;
  try {
    for (var i = 0; i < localStorage.length; i++) if (String(localStorage.key(i)).indexOf(storagePrefix) === 0) stored = true;
  } catch {
    /* storage blocked: nothing stored to show */
  }
  addEventListener("load", function () {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(function () {
          if (location.search || location.hash || stored) start();
          else if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: idleTimeoutMs });
          else setTimeout(start, fallbackMs);
        });
      });
    });
  }, { once: true });
}

/**
 * The inline script that loads the framework (see loadFramework) with these script addresses.
 * @param {string[]} sources
 */
export function deferredLoader(sources) {
  const args = [sources, readerEvents, readerStoragePrefix, firstActionAttribute, firstActionRecord, idleStartTimeoutMs, idleStartFallbackMs];
  return `(${loadFramework.toString()})(${args.map((value) => JSON.stringify(value)).join(",")});`;
}

/**
 * True for the inline scripts that carry the page's React Server Components payload.
 * @param {string} text
 */
const isFlightScript = (text) => /^\(?self\.__next_f\b/.test(text);

/**
 * A node of parse5's tree, as far as the rewrite reads and writes it. Text and comment nodes have
 * no childNodes and the document no parentNode, but the rewrite reads those only from elements.
 * @typedef {object} PageNode
 * @property {string} nodeName
 * @property {string} [tagName]
 * @property {{ name: string; value: string }[]} [attrs]
 * @property {PageNode[]} childNodes
 * @property {PageNode} parentNode
 * @property {PageNode} [content] A <template>'s content.
 * @property {string} [value] A text node's text.
 * @property {string} [namespaceURI]
 */

/**
 * @param {PageNode} node
 * @param {string} name
 */
const attribute = (node, name) => node.attrs?.find((attr) => attr.name === name)?.value;

/**
 * @param {PageNode} node
 * @returns {Generator<PageNode>}
 */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.tagName === "template" ? /** @type {PageNode} */ (child.content) : child);
  }
}

/**
 * @param {string} tagName
 * @param {{ name: string; value: string }[]} attrs
 * @param {PageNode} parentNode
 * @param {string} [text]
 */
function element(tagName, attrs, parentNode, text) {
  /** @type {PageNode} */
  const node = { nodeName: tagName, tagName, attrs, namespaceURI: "http://www.w3.org/1999/xhtml", childNodes: [], parentNode };
  if (text !== undefined) node.childNodes.push(/** @type {PageNode} */ ({ nodeName: "#text", value: text, parentNode: node }));
  return node;
}

/**
 * Throws for a script in a form Next.js did not write when the rewrite was made: a synchronous or
 * module script, or a module preload, would run the framework (or part of it) before the deferred
 * payload exists, and the page would fail to hydrate without a word.
 * @param {PageNode} node
 */
function refuseUnexpectedScript(node) {
  if (node.tagName === "link" && /modulepreload/i.test(attribute(node, "rel") ?? "")) {
    throw new Error(`rewrite-page: <link rel="modulepreload" href="${attribute(node, "href")}">: Next.js now writes module preloads, which the rewrite does not defer`);
  }
  if (node.tagName !== "script") return;
  const type = (attribute(node, "type") ?? "").toLowerCase();
  const src = attribute(node, "src");
  if (type === "module") throw new Error(`rewrite-page: <script type="module"${src ? ` src="${src}"` : ""}>: the rewrite defers only classic async scripts`);
  if (src && attribute(node, "async") === undefined && attribute(node, "nomodule") === undefined) {
    throw new Error(`rewrite-page: <script src="${src}"> without async (nor nomodule): it would run before the deferred payload, and the rewrite does not expect it`);
  }
}

/** @param {PageNode} node */
const inlineText = (node) => node.childNodes.map((child) => child.value ?? "").join("");

/** @param {PageNode} node */
const remove = (node) => node.parentNode.childNodes.splice(node.parentNode.childNodes.indexOf(node), 1);

/**
 * The page with its framework scripts and payload deferred and its script policy in a <meta>; also
 * returns the deferred script addresses (the payload's first), the payload file to write (or null),
 * and the inline scripts' hashes.
 * @param {string} html
 * @returns {{ html: string; deferred: string[]; flight: { path: string; text: string } | null; hashes: string[] }}
 */
export function rewritePage(html) {
  const document = /** @type {PageNode} */ (/** @type {unknown} */ (parse(html)));
  const all = [...elements(document)];
  const head = all.find((node) => node.tagName === "head");
  const body = all.find((node) => node.tagName === "body");
  if (!head || !body) throw new Error("rewrite-page: the page has no <head> or <body>");
  if (all.some((node) => node.tagName === "meta" && attribute(node, "http-equiv")?.toLowerCase() === "content-security-policy")) {
    throw new Error("rewrite-page: the page already has a script policy (was it rewritten twice?)");
  }

  /** @type {string[]} */
  const frameworkScripts = [];
  /** @type {string[]} */
  const flightParts = [];
  for (const node of all) {
    const isAsyncScript = node.tagName === "script" && attribute(node, "src") && attribute(node, "async") !== undefined;
    const isScriptPreload = node.tagName === "link" && attribute(node, "rel") === "preload" && attribute(node, "as") === "script";
    const isInlineScript = node.tagName === "script" && !attribute(node, "src");
    refuseUnexpectedScript(node);
    if (isInlineScript) {
      const text = inlineText(node);
      if (isFlightScript(text)) {
        flightParts.push(text);
        remove(node);
      } else if (/__next_f|__next_s|__NEXT_DATA__/.test(text)) {
        throw new Error(`rewrite-page: an inline script carries the framework's data in a form the rewrite does not know (it would run before the framework it feeds): ${text.slice(0, 80)}`);
      }
      continue;
    }
    if (!isAsyncScript && !isScriptPreload) continue;
    const source = /** @type {string} */ (attribute(node, isAsyncScript ? "src" : "href"));
    if (!frameworkScripts.includes(source)) frameworkScripts.push(source);
    remove(node);
  }
  if (flightParts.length > 0 && frameworkScripts.length === 0) {
    throw new Error("rewrite-page: the page has a React Server Components payload but no framework scripts to defer: it would never hydrate (did Next.js change how it writes <script async>?)");
  }
  if (frameworkScripts.length > 0 && flightParts.length === 0) {
    throw new Error("rewrite-page: the page has framework scripts but no payload (self.__next_f) to feed them: did Next.js change how it writes the payload?");
  }
  let flight = null;
  if (flightParts.length > 0) {
    const text = `${flightParts.join(";\n")};\n`;
    flight = { path: `${flightDirectory}${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)}.js`, text };
  }
  const deferred = flight ? [flight.path, ...frameworkScripts] : frameworkScripts;
  if (frameworkScripts.length > 0) body.childNodes.push(element("script", [], body, deferredLoader(deferred)));

  // An inline script after a stylesheet that is still loading stops the parser until it arrives,
  // and with it every request further down the page (the world map's shapes file among them), a
  // round trip later than need be. The head's inline scripts (the theme's, which only sets an
  // attribute from localStorage) need no style: they run before the first stylesheet instead.
  const firstStylesheet = head.childNodes.find((node) => node.tagName === "link" && attribute(node, "rel") === "stylesheet");
  if (firstStylesheet) {
    const blocked = head.childNodes.slice(head.childNodes.indexOf(firstStylesheet)).filter((node) => node.tagName === "script" && !attribute(node, "src"));
    for (const script of blocked) {
      remove(script);
      head.childNodes.splice(head.childNodes.indexOf(firstStylesheet), 0, script);
    }
  }

  /** @type {string[]} */
  const hashes = [];
  for (const node of elements(document)) {
    if (node.tagName !== "script" || attribute(node, "src")) continue;
    const hash = scriptHash(inlineText(node));
    if (!hashes.includes(hash)) hashes.push(hash);
  }

  // After <meta charset> (which must come first), before anything the policy governs.
  const charset = head.childNodes.findIndex((node) => node.tagName === "meta" && attribute(node, "charset"));
  const policy = element("meta", [
    { name: "http-equiv", value: "Content-Security-Policy" },
    { name: "content", value: pageScriptPolicy(hashes) },
  ], head);
  head.childNodes.splice(charset + 1, 0, policy);

  return { html: serialize(/** @type {import("parse5").DefaultTreeAdapterMap["document"]} */ (/** @type {unknown} */ (document))), deferred, flight, hashes };
}
