/**
 * Rewrites one exported page (parsed with parse5, a spec-compliant HTML parser) so that:
 *
 * 1. the framework's scripts start after the first paint: every `<script src async>` and every
 *    `<link rel="preload" as="script">` Next.js writes is taken out, and one small inline script adds
 *    the same scripts once the page's `load` event has fired and its first frame is on screen. The page is complete without them
 *    (every page works without JavaScript); they hydrate it, which no longer delays its first paint.
 *    Scripts without `async` (the `nomodule` polyfill, which modern browsers skip) stay as they are.
 * 2. the page names its inline scripts: each one's SHA-256 goes into a
 *    `<meta http-equiv="Content-Security-Policy">` at the top of <head>, so no other inline script runs.
 */
import { createHash } from "node:crypto";
import { parse, serialize } from "parse5";
import { pageScriptPolicy } from "../../lib/security-headers.mjs";

/** The `'sha256-…'` source of an inline script, hashed over its text exactly as the page holds it. */
export function scriptHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The inline script that adds the framework's scripts, in their original order, once the page has
 * loaded and its first frame is on screen: after `load`, two animation frames (the first frame is
 * presented before the second one's callbacks run) and a task. On loopback `load` fires before the
 * first frame; starting the scripts on `load` alone still let them race the first paint (measured:
 * simulated mobile LCP of the story page 1.7 to 2.1 s instead of about 0.9 s).
 */
export function deferredLoader(sources) {
  return `addEventListener("load",function(){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(function(){${JSON.stringify(sources)}.forEach(function(src){var s=document.createElement("script");s.src=src;s.async=true;document.body.appendChild(s)})})})})},{once:true});`;
}

const attribute = (node, name) => node.attrs?.find((attr) => attr.name === name)?.value;

function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child.tagName === "template" ? child.content : child);
  }
}

function element(tagName, attrs, parentNode, text) {
  const node = { nodeName: tagName, tagName, attrs, namespaceURI: "http://www.w3.org/1999/xhtml", childNodes: [], parentNode };
  if (text !== undefined) node.childNodes.push({ nodeName: "#text", value: text, parentNode: node });
  return node;
}

const remove = (node) => node.parentNode.childNodes.splice(node.parentNode.childNodes.indexOf(node), 1);

/**
 * The page with its framework scripts deferred and its script policy in a <meta>; also returns the
 * deferred script addresses and the inline scripts' hashes.
 * @param {string} html
 * @returns {{ html: string; deferred: string[]; hashes: string[] }}
 */
export function rewritePage(html) {
  const document = parse(html);
  const all = [...elements(document)];
  const head = all.find((node) => node.tagName === "head");
  const body = all.find((node) => node.tagName === "body");
  if (!head || !body) throw new Error("rewrite-page: the page has no <head> or <body>");
  if (all.some((node) => node.tagName === "meta" && attribute(node, "http-equiv")?.toLowerCase() === "content-security-policy")) {
    throw new Error("rewrite-page: the page already has a script policy (was it rewritten twice?)");
  }

  const deferred = [];
  for (const node of all) {
    const isAsyncScript = node.tagName === "script" && attribute(node, "src") && attribute(node, "async") !== undefined;
    const isScriptPreload = node.tagName === "link" && attribute(node, "rel") === "preload" && attribute(node, "as") === "script";
    if (!isAsyncScript && !isScriptPreload) continue;
    const source = attribute(node, isAsyncScript ? "src" : "href");
    if (!deferred.includes(source)) deferred.push(source);
    remove(node);
  }
  if (deferred.length > 0) body.childNodes.push(element("script", [], body, deferredLoader(deferred)));

  const hashes = [];
  for (const node of elements(document)) {
    if (node.tagName !== "script" || attribute(node, "src")) continue;
    const text = node.childNodes.map((child) => child.value ?? "").join("");
    const hash = scriptHash(text);
    if (!hashes.includes(hash)) hashes.push(hash);
  }

  // After <meta charset> (which must come first), before anything the policy governs.
  const charset = head.childNodes.findIndex((node) => node.tagName === "meta" && attribute(node, "charset"));
  const policy = element("meta", [
    { name: "http-equiv", value: "Content-Security-Policy" },
    { name: "content", value: pageScriptPolicy(hashes) },
  ], head);
  head.childNodes.splice(charset + 1, 0, policy);

  return { html: serialize(document), deferred, hashes };
}
