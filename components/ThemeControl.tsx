"use client";

import { island } from "@/components/Island";
import { useEffect } from "react";
import { readSavedTheme, saveTheme } from "@/lib/reader-storage";
import { applyTheme, themes, type Theme } from "@/lib/theme";
import { useFirstAction } from "@/components/hooks/first-action";
import { subscribeToReaderStorage, useBrowserState, useHydrated } from "./hooks/use-browser-state";

export interface ThemeControlText {
  label: string;
  options: Record<Theme, string>;
}

/**
 * The colour theme: System (the default, the device's setting), Light or Dark, as a group of radio
 * buttons (Tab to reach it, arrow keys to choose). It works as plain HTML for the page in view: CSS
 * (app/globals.css) follows the checked button, so a choice shows at once, before the script runs or
 * without it. The script keeps the choice in this browser and follows it in other tabs; a choice made
 * before it ran is kept (lib/first-action.mjs). The prerendered page checks none of them (the server
 * cannot know the saved choice; the theme then follows data-theme, set before paint).
 */
function ThemeControlIsland({ text }: { text: ThemeControlText }) {
  const firstAction = useFirstAction();
  const hydrated = useHydrated();
  const theme = useBrowserState<Theme | null>(readSavedTheme, null, subscribeToReaderStorage);

  // Another tab's choice arrives through storage: show it here too.
  useEffect(() => {
    if (hydrated && theme) applyTheme(theme, document.documentElement);
  }, [hydrated, theme]);

  return (
    <fieldset className="m-0 flex flex-wrap items-center gap-x-4 gap-y-1 border-0 p-0 print:hidden">
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
            {...firstAction("value")}
          />
          {text.options[option]}
        </label>
      ))}
    </fieldset>
  );
}

export const ThemeControl = island(ThemeControlIsland);
