/**
 * What the reader chooses, kept in their browser's localStorage and nowhere else. Every value is
 * versioned and checked when read: a value of the wrong shape or an old version is ignored and removed.
 */

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

const GUIDE_VERSION = 1;
const guideKey = (platform: string) => `default-on:guide:${platform}`;

/** The steps the reader has marked done in a platform's guide; unknown or malformed values are dropped. */
export function readGuideProgress(platform: string, stepIds: readonly string[]): string[] {
  const store = storage();
  const raw = store?.getItem(guideKey(platform));
  if (!store || raw == null) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === "object" && value !== null &&
      "version" in value && value.version === GUIDE_VERSION &&
      "done" in value && Array.isArray(value.done) && value.done.every((id) => typeof id === "string")
    ) {
      return stepIds.filter((id) => (value.done as string[]).includes(id));
    }
  } catch {
    // not JSON: fall through and clear it
  }
  store.removeItem(guideKey(platform));
  return [];
}

export function saveGuideProgress(platform: string, done: readonly string[]): void {
  try {
    storage()?.setItem(guideKey(platform), JSON.stringify({ version: GUIDE_VERSION, done }));
  } catch {
    // storage full or blocked: progress lasts until the page is closed
  }
}

export function clearGuideProgress(platform: string): void {
  storage()?.removeItem(guideKey(platform));
}
