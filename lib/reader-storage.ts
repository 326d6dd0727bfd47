/**
 * What the reader chooses, kept in their browser's localStorage and nowhere else. Every value is
 * versioned and checked when read: a value of the wrong shape or an old version is ignored and removed.
 */

import { isTheme, THEME_KEY, THEME_VERSION, type Theme } from "./theme";

const PLACE_KEY = "default-on:place";
const PLACE_VERSION = 1;
const GUIDE_VERSION = 1;
const guideKey = (platform: string) => `default-on:guide:${platform}`;

/** Fired on window after this tab changes a saved value (the "storage" event only tells other tabs). */
export const READER_STORAGE_EVENT = "default-on:reader-storage";

/** The storage keys, for tests that check what is kept. */
export const readerStorageKeys = { place: PLACE_KEY, theme: THEME_KEY, guide: guideKey } as const;

/** Values the browser refused to store, kept for as long as the page is open. */
const unsaved = new Map<string, string>();

function changed(): void {
  if (typeof window !== "undefined" && typeof window.dispatchEvent === "function") window.dispatchEvent(new Event(READER_STORAGE_EVENT));
}

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
  const raw = unsaved.get(key) ?? store?.getItem(key);
  if (raw == null) return fallback;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "object" && value !== null && !Array.isArray(value) && "version" in value && value.version === version) {
      const accepted = accept(value as Record<string, unknown>);
      if (accepted !== undefined) return accepted;
    }
  } catch {
    // not JSON: fall through and clear it
  }
  remove(key);
  return fallback;
}

function remove(key: string): void {
  unsaved.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // blocked: nothing was kept
  }
}

/** Writes a value; false when the browser refuses (storage full or blocked), and then it lasts until the page is closed. */
function writeVersioned(key: string, value: object): boolean {
  const text = JSON.stringify(value);
  let kept = false;
  try {
    const store = storage();
    store?.setItem(key, text);
    kept = store !== null;
  } catch {
    kept = false;
  }
  if (kept) unsaved.delete(key);
  else unsaved.set(key, text);
  changed();
  return kept;
}

/** The place the reader saved, as an upper-case code, or null. */
export function readSavedPlace(isKnownCode: (code: string) => boolean): string | null {
  return readVersioned(PLACE_KEY, PLACE_VERSION, (value) => (typeof value.code === "string" && isKnownCode(value.code) ? value.code : undefined), null);
}

/** What is stored for each choice: a versioned record (tests write and read these too). */
export const storedRecord = {
  place: (code: string) => ({ version: PLACE_VERSION, code: code.toUpperCase() }),
  guideProgress: (done: readonly string[]) => ({ version: GUIDE_VERSION, done }),
  theme: (theme: Exclude<Theme, "system">) => ({ version: THEME_VERSION, theme }),
};

export function savePlace(code: string): boolean {
  return writeVersioned(PLACE_KEY, storedRecord.place(code));
}

export function forgetPlace(): void {
  remove(PLACE_KEY);
  changed();
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
  writeVersioned(guideKey(platform), storedRecord.guideProgress(done));
}

export function clearGuideProgress(platform: string): void {
  remove(guideKey(platform));
  changed();
}

/** The theme the reader chose; "system" when they chose none (or what is stored is not ours). */
export function readSavedTheme(): Theme {
  return readVersioned(THEME_KEY, THEME_VERSION, (value) => (isTheme(value.theme) && value.theme !== "system" ? value.theme : undefined), "system");
}

/** Keeps the reader's theme; "system" keeps nothing, since it is what the site does by itself. */
export function saveTheme(theme: Theme): boolean {
  if (theme !== "system") return writeVersioned(THEME_KEY, storedRecord.theme(theme));
  remove(THEME_KEY);
  changed();
  return storage() !== null;
}
