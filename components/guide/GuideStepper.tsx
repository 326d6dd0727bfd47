"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { clearGuideProgress, readGuideProgress, saveGuideProgress } from "@/lib/reader-storage";
import { uiText } from "@/lib/ui-text";

const text = uiText.guide;

function stepFromHash(total: number): number | null {
  const match = /^#step-(\d+)$/.exec(window.location.hash);
  if (!match) return null;
  const step = Number(match[1]);
  return step >= 1 && step <= total ? step : null;
}

/**
 * Turns the prerendered list of steps (its children) into one step at a time, with Back and Next,
 * "Step 2 of 6", #step-N addresses and progress kept in this browser. Without JavaScript the list
 * stays a plain ordered list; CSS in globals.css shows the current step from data-current.
 */
export function GuideStepper({ platform, stepIds, children }: { platform: string; stepIds: string[]; children: ReactNode }) {
  const total = stepIds.length;
  const [enhanced, setEnhanced] = useState(false);
  const [current, setCurrent] = useState(1);
  const [done, setDone] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const moveFocus = useRef(false);

  useEffect(() => {
    // Progress and the address's #step-N exist only in the browser.
    /* eslint-disable react-hooks/set-state-in-effect */
    const saved = readGuideProgress(platform, stepIds);
    setDone(saved);
    const firstOpen = stepIds.findIndex((id) => !saved.includes(id));
    setCurrent(stepFromHash(total) ?? (firstOpen === -1 ? total : firstOpen + 1));
    setEnhanced(true);
    /* eslint-enable react-hooks/set-state-in-effect */
    const onHashChange = () => {
      const step = stepFromHash(total);
      if (step) {
        moveFocus.current = true;
        setCurrent(step);
      }
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [platform, stepIds, total]);

  useEffect(() => {
    if (!enhanced || !moveFocus.current) return;
    moveFocus.current = false;
    document.getElementById(`step-${current}-title`)?.focus();
  }, [current, enhanced]);

  const goTo = useCallback(
    (step: number) => {
      moveFocus.current = true;
      setCurrent(step);
      setAnnouncement("");
      window.history.replaceState(null, "", `#step-${step}`);
    },
    [],
  );

  function toggleDone(checked: boolean) {
    const id = stepIds[current - 1];
    const next = checked ? stepIds.filter((step) => step === id || done.includes(step)) : done.filter((step) => step !== id);
    setDone(next);
    saveGuideProgress(platform, next);
  }

  function startOver() {
    clearGuideProgress(platform);
    setDone([]);
    goTo(1);
    setAnnouncement(text.startedOver);
  }

  const doneNumbers = stepIds.flatMap((id, index) => (done.includes(id) ? [String(index + 1)] : [])).join(" ");
  const currentDone = done.includes(stepIds[current - 1]);

  // The progress line and the controls are in the prerendered page (disabled until JavaScript runs), so
  // nothing moves when it does; with scripts off they are hidden and every step shows.
  return (
    <div data-stepper="" data-current={enhanced ? current : undefined} data-done={doneNumbers}>
      <p aria-live="polite" aria-atomic="true" className="mb-3 font-semibold print:hidden no-scripting:hidden" data-progress>
        {announcement ? `${announcement} ` : ""}
        {text.progress(current, total, done.length)}
      </p>
      {children}
      <div className="mt-4 space-y-4 rounded-md border border-slate-300 p-4 print:hidden no-scripting:hidden dark:border-slate-700">
        <label className="flex min-h-11 items-center gap-3 font-semibold">
          <input
            type="checkbox"
            className="h-6 w-6 accent-slate-900 dark:accent-slate-100"
            checked={currentDone}
            disabled={!enhanced}
            onChange={(event) => toggleDone(event.target.checked)}
          />
          {text.markDone}
        </label>
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => goTo(current - 1)}
            disabled={!enhanced || current === 1}
            className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-semibold disabled:opacity-50"
          >
            {text.back}
          </button>
          {current < total ? (
            <button
              type="button"
              onClick={() => goTo(current + 1)}
              disabled={!enhanced}
              className="min-h-11 rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
            >
              {text.next}
            </button>
          ) : null}
          <button type="button" onClick={startOver} disabled={!enhanced} className="ml-auto min-h-11 rounded-md px-4 py-2 font-semibold underline underline-offset-4">
            {text.startOver}
          </button>
        </div>
      </div>
    </div>
  );
}
