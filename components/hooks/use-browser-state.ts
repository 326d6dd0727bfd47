"use client";

import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from "react";
import { READER_STORAGE_EVENT } from "@/lib/reader-storage";
import { validLanguageTags } from "@/lib/language-tags";

/**
 * The one way an island reads what only the browser knows (localStorage, navigator, the address):
 * `read` runs in the browser, `onServer` is what the prerendered page shows, and `subscribe` says when
 * to read again. React renders the prerendered value first and the browser's right after hydration,
 * with no effect and no extra state. Controls are in the prerendered page and work as plain HTML or
 * have their first use kept until then (lib/first-action.mjs), so nothing is inserted after load.
 *
 * `read` may return a new array or object each time: equal values (compared as JSON) are kept as one.
 * Inside an island's fallback (components/Island.tsx, after it threw) every read gives `onServer`.
 */
export function useBrowserState<T>(read: () => T, onServer: T, subscribe: (onChange: () => void) => () => void = subscribeToNothing): T {
  const last = useRef<{ json: string; value: T } | null>(null);
  const rendersStatic = useContext(StaticRenderingContext);
  const getSnapshot = useCallback(() => {
    const value = rendersStatic ? onServer : read();
    const json = JSON.stringify(value) ?? "undefined";
    if (last.current === null || last.current.json !== json) last.current = { json, value };
    return last.current.value;
  }, [read, rendersStatic, onServer]);
  return useSyncExternalStore(subscribe, getSnapshot, () => onServer);
}

const StaticRenderingContext = createContext(false);

/** Everything inside reads the browser as the server did: an island's prerendered form. */
export const StaticRendering = StaticRenderingContext.Provider;

const alwaysTrue = () => true;

/** False in the prerendered page and while hydrating, true once the island runs in the browser. */
export function useHydrated(): boolean {
  return useBrowserState(alwaysTrue, false);
}

function subscribeToNothing(): () => void {
  return () => {};
}

/** The reader's saved choices changed: in this tab (lib/reader-storage.ts says so) or in another. */
export function subscribeToReaderStorage(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(READER_STORAGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(READER_STORAGE_EVENT, onChange);
  };
}

const LOCATION_EVENT = "default-on:location";

/** The address changed: back and forward, a #fragment, or this site's own history.pushState/replaceState. */
export function subscribeToLocation(onChange: () => void): () => void {
  for (const event of ["popstate", "hashchange", LOCATION_EVENT]) window.addEventListener(event, onChange);
  return () => {
    for (const event of ["popstate", "hashchange", LOCATION_EVENT]) window.removeEventListener(event, onChange);
  };
}

/** Changes the address without loading a page, and lets islands that read it know. */
export function changeAddress(url: URL | string, mode: "push" | "replace"): void {
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  window.dispatchEvent(new Event(LOCATION_EVENT));
}

/** The reader's languages as the browser reports them, only the valid tags (lib/language-tags.ts): read with useBrowserState. */
export function readReaderLanguages(): readonly string[] {
  return validLanguageTags(navigator.languages?.length ? navigator.languages : [navigator.language]);
}
