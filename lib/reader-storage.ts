/**
 * What the reader chooses, kept in their browser's localStorage and nowhere else. Every value is
 * versioned and checked when read: a value of the wrong shape or an old version is ignored and removed.
 */

import { isTheme, THEME_KEY, THEME_VERSION, type Theme } from "./theme";

const PLACE_KEY = "default-on:place";
const PLACE_VERSION = 1;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage blocked by the browser's settings
  }
}

/** The place the reader saved, as an upper-case code, or null. */
export function readSavedPlace(isKnownCode: (code: string) => boolean): string | null {
  const store = storage();
  const raw = store?.getItem(PLACE_KEY);
  if (!store || raw == null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === "object" && value !== null &&
      "version" in value && value.version === PLACE_VERSION &&
      "code" in value && typeof value.code === "string" && isKnownCode(value.code)
    ) {
      return value.code;
    }
  } catch {
    // not JSON: fall through and clear it
  }
  store.removeItem(PLACE_KEY);
  return null;
}

export function savePlace(code: string): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(PLACE_KEY, JSON.stringify({ version: PLACE_VERSION, code: code.toUpperCase() }));
    return true;
  } catch {
    return false; // storage full or blocked
  }
}

export function forgetPlace(): void {
  storage()?.removeItem(PLACE_KEY);
}

/** The theme the reader chose; "system" when they chose none (or what is stored is not ours). */
export function readSavedTheme(): Theme {
  const store = storage();
  const raw = store?.getItem(THEME_KEY);
  if (!store || raw == null) return "system";
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === "object" && value !== null &&
      "version" in value && value.version === THEME_VERSION &&
      "theme" in value && isTheme(value.theme) && value.theme !== "system"
    ) {
      return value.theme;
    }
  } catch {
    // not JSON: fall through and clear it
  }
  store.removeItem(THEME_KEY);
  return "system";
}

/** Keeps the reader's theme; "system" keeps nothing, since it is what the site does by itself. */
export function saveTheme(theme: Theme): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (theme === "system") store.removeItem(THEME_KEY);
    else store.setItem(THEME_KEY, JSON.stringify({ version: THEME_VERSION, theme }));
    return true;
  } catch {
    return false; // storage full or blocked
  }
}
