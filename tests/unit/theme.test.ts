import { afterEach, beforeEach, expect, test } from "vitest";
import { readSavedTheme, saveTheme } from "@/lib/reader-storage";
import { applyTheme, THEME_KEY, themeScript, type Theme } from "@/lib/theme";

class MemoryStorage {
  values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
}

class FakeRoot {
  attributes = new Map<string, string>();
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
}

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage };
});

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

/** Runs the inline <head> script as a browser would, against this storage. */
function runHeadScript(): string | null {
  const root = new FakeRoot();
  new Function("window", "document", themeScript)({ localStorage: storage }, { documentElement: root });
  return root.getAttribute("data-theme");
}

test.each<[Theme, string | null]>([
  ["dark", "dark"],
  ["light", "light"],
  ["system", null],
])("what the control saves for %s, the head script applies before paint", (theme, attribute) => {
  saveTheme("dark");
  saveTheme(theme);
  expect(runHeadScript()).toBe(attribute);
  expect(readSavedTheme()).toBe(theme);
});

test("choosing System keeps nothing in the browser", () => {
  saveTheme("light");
  saveTheme("system");
  expect(storage.values.has(THEME_KEY)).toBe(false);
});

test.each(["not json", JSON.stringify({ version: 2, theme: "dark" }), JSON.stringify({ version: 1, theme: "sepia" }), "null", "[]"])(
  "a stored value that is not ours (%s) is ignored by the script and cleared by the control",
  (value) => {
    storage.setItem(THEME_KEY, value);
    expect(runHeadScript()).toBeNull();
    expect(readSavedTheme()).toBe("system");
    expect(storage.values.has(THEME_KEY)).toBe(false);
  },
);

test("the head script survives blocked storage and leaves the device's setting in charge", () => {
  const root = new FakeRoot();
  const blocked = {
    get localStorage(): Storage {
      throw new Error("SecurityError");
    },
  };
  expect(() => new Function("window", "document", themeScript)(blocked, { documentElement: root })).not.toThrow();
  expect(root.getAttribute("data-theme")).toBeNull();
});

test("applyTheme shows a choice on <html>, and System as no choice", () => {
  const root = new FakeRoot();
  applyTheme("dark", root);
  expect(root.getAttribute("data-theme")).toBe("dark");
  applyTheme("system", root);
  expect(root.getAttribute("data-theme")).toBeNull();
});
