"use client";

import { useEffect, useState } from "react";
import { readSavedTheme, saveTheme } from "@/lib/reader-storage";
import { applyTheme, THEME_KEY, themes, type Theme } from "@/lib/theme";
import { uiText } from "@/lib/ui-text";

/**
 * The colour theme: System (the default, the device's setting), Light or Dark, as a group of radio
 * buttons (Tab to reach it, arrow keys to choose). The choice is kept in this browser only, and
 * followed in other tabs. Without JavaScript it is not shown, and the site follows the device.
 */
export function ThemeControl() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    // localStorage exists only in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTheme(readSavedTheme());
    const followOtherTabs = (event: StorageEvent) => {
      if (event.key !== THEME_KEY && event.key !== null) return;
      const saved = readSavedTheme();
      applyTheme(saved, document.documentElement);
      setTheme(saved);
    };
    window.addEventListener("storage", followOtherTabs);
    return () => window.removeEventListener("storage", followOtherTabs);
  }, []);

  if (theme === null) return null;

  function choose(next: Theme) {
    saveTheme(next);
    applyTheme(next, document.documentElement);
    setTheme(next);
  }

  return (
    <fieldset className="m-0 flex flex-wrap items-center gap-x-4 gap-y-1 border-0 p-0 print:hidden">
      <legend className="float-left mr-2 p-0 font-semibold">{uiText.theme.label}</legend>
      {themes.map((option) => (
        <label key={option} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
          <input
            type="radio"
            name="theme"
            value={option}
            checked={theme === option}
            onChange={() => choose(option)}
            className="h-4 w-4 accent-slate-900 dark:accent-slate-100"
          />
          {uiText.theme.options[option]}
        </label>
      ))}
    </fieldset>
  );
}
