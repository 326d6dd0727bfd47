"use client";

import { island } from "@/components/Island";
import { useEffect } from "react";
import { readSavedTheme, saveTheme } from "@/lib/reader-storage";
import { applyTheme, themes, type Theme } from "@/lib/theme";
import { subscribeToReaderStorage, useBrowserState, useHydrated } from "./hooks/use-browser-state";

export interface ThemeControlText {
  label: string;
  options: Record<Theme, string>;
}

/**
 * The colour theme: System (the default, the device's setting), Light or Dark, as a group of radio
 * buttons (Tab to reach it, arrow keys to choose). The choice is kept in this browser only, and
 * followed in other tabs. In the prerendered page it is disabled; without JavaScript it is hidden,
 * and the site follows the device.
 */
function ThemeControlIsland({ text }: { text: ThemeControlText }) {
  const hydrated = useHydrated();
  const theme = useBrowserState(readSavedTheme, "system", subscribeToReaderStorage);

  // Another tab's choice arrives through storage: show it here too.
  useEffect(() => {
    if (hydrated) applyTheme(theme, document.documentElement);
  }, [hydrated, theme]);

  return (
    <fieldset className="m-0 flex flex-wrap items-center gap-x-4 gap-y-1 border-0 p-0 print:hidden no-scripting:hidden" disabled={!hydrated}>
      <legend className="float-left mr-2 p-0 font-semibold">{text.label}</legend>
      {themes.map((option) => (
        <label key={option} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
          <input
            type="radio"
            name="theme"
            value={option}
            checked={theme === option}
            onChange={() => saveTheme(option)}
            className="h-4 w-4 accent-slate-900 dark:accent-slate-100"
          />
          {text.options[option]}
        </label>
      ))}
    </fieldset>
  );
}

export const ThemeControl = island(ThemeControlIsland);
