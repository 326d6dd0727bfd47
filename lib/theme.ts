/**
 * The colour theme: "system" follows the device's setting (as the site does without JavaScript);
 * "light" and "dark" are the reader's own choice, kept in their browser by lib/reader-storage.ts.
 *
 * The choice is shown as data-theme on <html>; app/globals.css keys Tailwind's `dark:` variant on it,
 * falling back to prefers-color-scheme when it is absent.
 */
export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];

export const THEME_KEY = "default-on:theme";
export const THEME_VERSION = 1;

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (themes as readonly string[]).includes(value);
}

/** Shows a theme on the page: an explicit choice as data-theme, "system" as no attribute. */
export function applyTheme(theme: Theme, root: { setAttribute(name: string, value: string): void; removeAttribute(name: string): void }): void {
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
}

/**
 * The script inlined at the top of <head>: it runs before the page is painted, so a saved theme is in
 * place before anything is drawn. It reads the value lib/reader-storage.ts writes and ignores anything
 * else. Plain ES2017 text, because it runs as it is, untranspiled.
 */
export const themeScript = `(function () {
  try {
    var saved = JSON.parse(window.localStorage.getItem(${JSON.stringify(THEME_KEY)}) || "null");
    if (saved && saved.version === ${THEME_VERSION} && (saved.theme === "light" || saved.theme === "dark")) {
      document.documentElement.setAttribute("data-theme", saved.theme);
    }
  } catch (error) {
    /* storage blocked or unreadable: follow the device's setting */
  }
})();`;
