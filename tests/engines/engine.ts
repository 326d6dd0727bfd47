import { buildSync } from "esbuild";
import path from "node:path";
import type { Query } from "./query";

/** The keys a journey presses (W3C key names). */
export type Key = "Enter" | "Tab" | "Space" | "Escape" | "Backspace" | "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End" | "a" | "v";
export type Modifier = "Control" | "Shift";

/**
 * One browser engine, driven from outside as a reader's input would be: real pointer and key events
 * from the browser's automation protocol (WebDriver BiDi for Firefox, classic WebDriver for WebKit),
 * never a script's `element.click()`. The journeys (journeys.ts) are written once against this.
 */
export interface Engine {
  /** "Firefox ESR 153.8.0", "WebKitGTK 2.50.6". */
  readonly description: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Calls one of the functions of in-page/reader-queries.ts in the page (adding it first if this page has not got it). */
  call<T>(name: string, ...args: unknown[]): Promise<T>;
  /**
   * Moves the pointer onto the element's centre, from the window's top left corner: a reader reaching
   * for a control always moves the pointer, even where it was left on the last page. False if nothing matches.
   */
  hover(query: Query): Promise<boolean>;
  /**
   * Clicks the element with the pointer (moving there first), at its centre or `fromLeft` pixels in
   * from its left edge (where a date field's first part is). False if nothing matches.
   */
  click(query: Query, fromLeft?: number): Promise<boolean>;
  /** Types text key by key into whatever has focus. */
  type(text: string): Promise<void>;
  press(key: Key, modifiers?: Modifier[]): Promise<void>;
  /** Errors the engine itself reported since launch (uncaught errors, console errors); empty where it reports none. */
  engineErrors(): string[];
  close(): Promise<void>;
}

let readerQueriesScript: string | null = null;

/** The in-page script, bundled once per run. */
export function readerQueriesSource(): string {
  readerQueriesScript ??= buildSync({
    entryPoints: [path.join(import.meta.dirname, "in-page", "reader-queries.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    write: false,
    minify: true,
  }).outputFiles[0].text;
  return readerQueriesScript;
}

/** A marker the in-page call returns when the page has not got the script yet. */
export const missingScript = "__reader_queries_missing__";

/** An expression that calls `name` with `args` in the page, or answers `missingScript`. */
export function callExpression(name: string, args: unknown[]): string {
  return `(window.__readerQueries ? window.__readerQueries[${JSON.stringify(name)}](...${JSON.stringify(args)}) : ${JSON.stringify(missingScript)})`;
}
