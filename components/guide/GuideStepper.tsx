"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { clearGuideProgress, readGuideProgress, saveGuideProgress } from "@/lib/reader-storage";
import { formatIcu } from "@/lib/ui-text/format";
import type { Locale } from "@/lib/i18n";
import type { GuideStepperText } from "@/lib/ui-text/island-text";
import { changeAddress, subscribeToLocation, subscribeToReaderStorage, useBrowserState, useHydrated } from "@/components/hooks/use-browser-state";

const readHash = () => window.location.hash;

/** The step an address's #step-N names, if it is one of the guide's. */
function stepFromHash(hash: string, total: number): number | null {
  const match = /^#step-(\d+)$/.exec(hash);
  if (!match) return null;
  const step = Number(match[1]);
  return step >= 1 && step <= total ? step : null;
}

/**
 * Turns the prerendered list of steps (its children) into one step at a time, with Back and Next,
 * "Step 2 of 6", #step-N addresses and progress kept in this browser. Without JavaScript the list
 * stays a plain ordered list; CSS in globals.css shows the current step from data-current.
 */
export function GuideStepper({ platform, stepIds, locale, text, children }: { platform: string; stepIds: string[]; locale: Locale; text: GuideStepperText; children: ReactNode }) {
  const total = stepIds.length;
  const hydrated = useHydrated();
  const readDone = useCallback(() => readGuideProgress(platform, stepIds), [platform, stepIds]);
  const done = useBrowserState(readDone, [], subscribeToReaderStorage);
  const hash = useBrowserState(readHash, "", subscribeToLocation);
  const [announcement, setAnnouncement] = useState("");
  const moveFocus = useRef(false);

  // The step the address names, else the first not yet done.
  const firstOpen = stepIds.findIndex((id) => !done.includes(id));
  const current = stepFromHash(hash, total) ?? (firstOpen === -1 ? total : firstOpen + 1);

  // Following #step-N (a link, Back, Next) moves focus to that step's heading.
  useEffect(() => {
    const onHashChange = () => {
      moveFocus.current = true;
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);
  useEffect(() => {
    if (!hydrated || !moveFocus.current) return;
    moveFocus.current = false;
    document.getElementById(`step-${current}-title`)?.focus();
  }, [current, hydrated]);

  function goTo(step: number) {
    moveFocus.current = true;
    setAnnouncement("");
    changeAddress(`#step-${step}`, "replace");
  }

  function toggleDone(checked: boolean) {
    const id = stepIds[current - 1];
    // Pin the address to this step first, or marking it done would move the reader on to the next open one.
    if (stepFromHash(hash, total) === null) changeAddress(`#step-${current}`, "replace");
    saveGuideProgress(platform, checked ? stepIds.filter((step) => step === id || done.includes(step)) : done.filter((step) => step !== id));
  }

  function startOver() {
    clearGuideProgress(platform);
    goTo(1);
    setAnnouncement(text.startedOver);
  }

  const doneNumbers = stepIds.flatMap((id, index) => (done.includes(id) ? [String(index + 1)] : [])).join(" ");
  const currentDone = done.includes(stepIds[current - 1]);

  // The progress line and the controls are in the prerendered page (disabled until JavaScript runs), so
  // nothing moves when it does; with scripts off they are hidden and every step shows.
  return (
    <div data-stepper="" data-current={hydrated ? current : undefined} data-done={doneNumbers}>
      <p aria-live="polite" aria-atomic="true" className="mb-3 font-semibold print:hidden no-scripting:hidden" data-progress>
        {announcement ? `${announcement} ` : ""}
        {formatIcu(locale, text.progress, { current, total, done: done.length, remaining: total - done.length })}
      </p>
      {children}
      <div className="mt-4 space-y-4 rounded-md border border-slate-300 p-4 print:hidden no-scripting:hidden dark:border-slate-700">
        <label className="flex min-h-11 items-center gap-3 font-semibold">
          <input
            type="checkbox"
            className="h-6 w-6 accent-slate-900 dark:accent-slate-100"
            checked={currentDone}
            disabled={!hydrated}
            onChange={(event) => toggleDone(event.target.checked)}
          />
          {text.markDone}
        </label>
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => goTo(current - 1)}
            disabled={!hydrated || current === 1}
            className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-semibold disabled:opacity-50"
          >
            {text.back}
          </button>
          {current < total ? (
            <button
              type="button"
              onClick={() => goTo(current + 1)}
              disabled={!hydrated}
              className="min-h-11 rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
            >
              {text.next}
            </button>
          ) : null}
          <button type="button" onClick={startOver} disabled={!hydrated} className="ml-auto min-h-11 rounded-md px-4 py-2 font-semibold underline underline-offset-4">
            {text.startOver}
          </button>
        </div>
      </div>
    </div>
  );
}
