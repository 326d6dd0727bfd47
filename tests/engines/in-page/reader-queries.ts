/**
 * Runs inside the page, in every engine: finds elements the way a reader names them (a role and an
 * accessible name, computed by dom-accessibility-api as a screen reader would), reports what a reader
 * would see of them, and records the page's errors. Bundled by esbuild into one script that each
 * engine adds to the page after it loads (tests/engines/reader-queries-script.ts); nothing here is
 * part of the site.
 */
import { computeAccessibleName, getRole } from "dom-accessibility-api";
import type { ElementState, Query } from "../query";

function nameMatches(element: Element, name: Query["name"]): boolean {
  if (name === undefined) return true;
  const accessibleName = computeAccessibleName(element).trim();
  return typeof name === "string" ? accessibleName === name : new RegExp(name.source, name.flags).test(accessibleName);
}

function isVisible(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const style = getComputedStyle(element);
  return style.visibility !== "hidden" && style.display !== "none";
}

function matches(element: Element, query: Query): boolean {
  if (query.role !== undefined) {
    const roles = Array.isArray(query.role) ? query.role : [query.role];
    if (!roles.includes(getRole(element) ?? "")) return false;
  }
  return nameMatches(element, query.name);
}

/** Every element the query names, in document order; hidden ones only if the query asks for them. */
function findAll(query: Query): Element[] {
  const scope = query.within ? document.querySelector(query.within) : document;
  if (!scope) return [];
  const candidates = [...scope.querySelectorAll(query.css ?? "*")];
  return candidates.filter((element) => matches(element, query) && (query.includeHidden || isVisible(element)));
}

function find(query: Query): Element | null {
  return findAll(query)[0] ?? null;
}

function count(query: Query): number {
  return findAll(query).length;
}

function state(query: Query): ElementState | null {
  const element = find(query);
  if (!element) return null;
  const rect = element.getBoundingClientRect();
  const attributes: Record<string, string> = {};
  for (const attribute of element.attributes) attributes[attribute.name] = attribute.value;
  const control = element as Partial<HTMLInputElement>;
  return {
    visible: isVisible(element),
    enabled: !element.matches(":disabled") && element.getAttribute("aria-disabled") !== "true",
    name: computeAccessibleName(element).trim(),
    text: (element.textContent ?? "").replace(/\s+/g, " ").trim(),
    value: typeof control.value === "string" ? control.value : null,
    checked: typeof control.checked === "boolean" ? control.checked : null,
    focused: document.activeElement === element,
    inViewport: rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
    loaded: element instanceof HTMLImageElement ? element.complete && element.naturalWidth > 0 : null,
    attributes,
  };
}

/** Scrolls the element to the middle of the window, as a reader scrolls to what they want to reach. */
function scrollTo(query: Query): boolean {
  const element = find(query);
  // At once: the site scrolls smoothly for in-page links, and the pointer must find the element where it ends up.
  element?.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
  return element !== null;
}

/**
 * The centre of the element's part in the window (or the point `fromLeft` pixels in from its left
 * edge, half way down), in CSS pixels from the window's top left; null if none of it is in the window.
 */
function centre(query: Query, fromLeft?: number): { x: number; y: number } | null {
  const element = find(query);
  if (!element) return null;
  const rect = element.getBoundingClientRect();
  const left = Math.max(rect.left, 0);
  const right = Math.min(rect.right, innerWidth);
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, innerHeight);
  if (right <= left || bottom <= top) return null;
  const x = fromLeft === undefined ? (left + right) / 2 : Math.min(rect.left + fromLeft, right - 1);
  return { x: Math.floor(x), y: Math.floor((top + bottom) / 2) };
}

/** Puts the keyboard focus on the element, as a keyboard reader's Tab would. */
function focus(query: Query): boolean {
  const element = find(query);
  if (element instanceof HTMLElement) element.focus();
  return document.activeElement === element;
}

/**
 * A day (YYYY-MM-DD) as a reader types it into a date field: in the order and with the separators
 * the engine's language writes it ("10/01/2024" in en-US). The separators matter: WebKitGTK's field
 * moves to its next part on one, not after two digits.
 */
function dateAsTyped(day: string): string {
  let language = "en-US";
  try {
    language = Intl.getCanonicalLocales(navigator.language)[0] ?? language;
  } catch {
    // A tag Intl does not take (WebKitGTK's "C"): its field falls back as ICU does, to en-US.
  }
  const [year, month, date] = day.split("-").map(Number);
  return new Intl.DateTimeFormat(language, { year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(year, month - 1, date));
}

const pageErrors: string[] = [];

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return typeof value === "string" ? value : String(value);
}

// Errors from the moment this script is added: in WebKit, which has no console events over
// WebDriver, the only record of them; the other engines' own error events are read as well.
addEventListener("error", (event) => pageErrors.push(`uncaught ${describe(event.error ?? event.message)}`));
addEventListener("unhandledrejection", (event) => pageErrors.push(`unhandled rejection ${describe(event.reason)}`));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  pageErrors.push(`console.error ${args.map(describe).join(" ")}`);
  consoleError(...args);
};

/** Forgets what the reader chose on this site (theme, guide progress, saved place); true if there was anything. */
function forgetChoices(): boolean {
  const had = localStorage.length > 0;
  localStorage.clear();
  return had;
}

/** The errors recorded since the last call (each is handed over once). */
function errors(): string[] {
  return pageErrors.splice(0);
}

function where(): { path: string; search: string; hash: string; theme: string | null; background: string } {
  return {
    path: location.pathname,
    search: location.search,
    hash: location.hash,
    theme: document.documentElement.getAttribute("data-theme"),
    background: getComputedStyle(document.body).backgroundColor,
  };
}

/** Each of `selectors`' first element's computed `fill`, or null where none matches. */
function fills(selectors: string[]): (string | null)[] {
  return selectors.map((selector) => {
    const element = document.querySelector(selector);
    return element ? getComputedStyle(element).fill : null;
  });
}

(window as unknown as { __readerQueries: object }).__readerQueries = { find, count, state, scrollTo, errors, where, fills, forgetChoices, focus, dateAsTyped, centre };
