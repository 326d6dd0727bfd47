/**
 * What the reader chooses, kept in their browser's localStorage and nowhere else. Every value is
 * versioned and checked when read: a value of the wrong shape or an old version is ignored and removed.
 */

import { isTheme, THEME_KEY, THEME_VERSION, type Theme } from "./theme";

const PLACE_KEY = "default-on:place";
const PLACE_VERSION = 1;
const GUIDE_VERSION = 1;
const guideKey = (platform: string) => `default-on:guide:${platform}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage blocked by the browser's settings
  }
}

/**
 * Reads a stored {version, ...} object and hands it to `accept`, which returns the value or undefined.
 * Anything else (not JSON, another version, a wrong shape) is removed, and `fallback` returned.
 */
function readVersioned<T>(key: string, version: number, accept: (value: Record<string, unknown>) => T | undefined, fallback: T): T {
  const store = storage();
  const raw = store?.getItem(key);
  if (!store || raw == null) return fallback;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "object" && value !== null && !Array.isArray(value) && "version" in value && value.version === version) {
      const accepted = accept(value as Record<string, unknown>);
      if (accepted !== undefined) return accepted;
    }
  } catch {
    // not JSON: fall through and clear it
  }
  store.removeItem(key);
  return fallback;
}

/** Writes a value; false when the browser refuses (storage full or blocked). */
function writeVersioned(key: string, value: object): boolean {
  try {
    const store = storage();
    store?.setItem(key, JSON.stringify(value));
    return store !== null;
  } catch {
    return false;
  }
}

/** The place the reader saved, as an upper-case code, or null. */
export function readSavedPlace(isKnownCode: (code: string) => boolean): string | null {
  return readVersioned(PLACE_KEY, PLACE_VERSION, (value) => (typeof value.code === "string" && isKnownCode(value.code) ? value.code : undefined), null);
}

export function savePlace(code: string): boolean {
  return writeVersioned(PLACE_KEY, { version: PLACE_VERSION, code: code.toUpperCase() });
}

export function forgetPlace(): void {
  storage()?.removeItem(PLACE_KEY);
}

/** The steps the reader has marked done in a platform's guide; ids the guide no longer has are dropped. */
export function readGuideProgress(platform: string, stepIds: readonly string[]): string[] {
  return readVersioned(
    guideKey(platform),
    GUIDE_VERSION,
    (value) => {
      const done = value.done;
      if (!Array.isArray(done) || !done.every((id) => typeof id === "string")) return undefined;
      return stepIds.filter((id) => done.includes(id));
    },
    [],
  );
}

/** Keeps progress; if the browser refuses, it lasts until the page is closed. */
export function saveGuideProgress(platform: string, done: readonly string[]): void {
  writeVersioned(guideKey(platform), { version: GUIDE_VERSION, done });
}

export function clearGuideProgress(platform: string): void {
  storage()?.removeItem(guideKey(platform));
}

/** The theme the reader chose; "system" when they chose none (or what is stored is not ours). */
export function readSavedTheme(): Theme {
  return readVersioned(THEME_KEY, THEME_VERSION, (value) => (isTheme(value.theme) && value.theme !== "system" ? value.theme : undefined), "system");
}

/** Keeps the reader's theme; "system" keeps nothing, since it is what the site does by itself. */
export function saveTheme(theme: Theme): boolean {
  if (theme !== "system") return writeVersioned(THEME_KEY, { version: THEME_VERSION, theme });
  storage()?.removeItem(THEME_KEY);
  return storage() !== null;
}
