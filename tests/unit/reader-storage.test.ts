import { afterEach, beforeEach, expect, test } from "vitest";
import { readGuideProgress, READER_STORAGE_EVENT, readerStorageKeys, readSavedPlace, saveGuideProgress, savePlace, storedRecord } from "@/lib/reader-storage";

/** A browser window with storage that can refuse writes, counting the "changed" events this tab fires. */
function fakeWindow(refuse: boolean) {
  const values = new Map<string, string>();
  const events: string[] = [];
  const localStorage = {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (refuse) throw new Error("QuotaExceededError");
      values.set(key, value);
    },
    removeItem: (key: string) => values.delete(key),
  };
  return { values, events, window: { localStorage, dispatchEvent: (event: Event) => events.push(event.type) } };
}

let current: ReturnType<typeof fakeWindow>;
const use = (refuse: boolean) => {
  current = fakeWindow(refuse);
  (globalThis as { window?: unknown }).window = current.window;
};

beforeEach(() => use(false));
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const steps = ["open", "settings", "switch-off"];

test("a saved choice is kept as its versioned record, and this tab's islands are told", () => {
  expect(savePlace("ch")).toBe(true);
  expect(JSON.parse(current.values.get(readerStorageKeys.place)!)).toEqual(storedRecord.place("CH"));
  expect(readSavedPlace((code) => code === "CH")).toBe("CH");
  expect(current.events).toEqual([READER_STORAGE_EVENT]);
});

test("progress the browser refuses to store still lasts while the page is open", () => {
  use(true);
  saveGuideProgress("ios", ["open"]);
  expect(current.values.size).toBe(0);
  expect(readGuideProgress("ios", steps)).toEqual(["open"]);
  expect(current.events).toEqual([READER_STORAGE_EVENT]);
});

test("progress for steps the guide no longer has is dropped", () => {
  current.values.set(readerStorageKeys.guide("desktop"), JSON.stringify(storedRecord.guideProgress(["gone", "settings"])));
  expect(readGuideProgress("desktop", steps)).toEqual(["settings"]);
});
