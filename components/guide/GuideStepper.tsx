"use client";

import { island } from "@/components/Island";
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { firstActionAttribute } from "@/lib/first-action.mjs";
import { clearGuideProgress, readGuideProgress, saveGuideProgress } from "@/lib/reader-storage";
import { fillTemplate } from "@/lib/fill-template";
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
function GuideStepperIsland({ platform, stepIds, text, children }: { platform: string; stepIds: string[]; text: GuideStepperText; children: ReactNode }) {
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

  function follow(event: MouseEvent<HTMLAnchorElement>, step: number) {
    event.preventDefault();
    goTo(step);
  }

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

  const backAndNext = (step: number) => (
    <div key={step} data-step-nav={step} className="flex flex-wrap gap-3">
      {step > 1 ? (
        <a href={`#step-${step - 1}`} onClick={(event) => follow(event, step - 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-500 px-4 py-2 font-semibold no-underline">
          {text.back}
        </a>
      ) : null}
      {step < total ? (
        <a
          href={`#step-${step + 1}`}
          onClick={(event) => follow(event, step + 1)}
          className="inline-flex min-h-11 items-center rounded-md bg-slate-900 px-4 py-2 font-semibold text-white no-underline hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
        >
          {text.next}
        </a>
      ) : null}
    </div>
  );

  // The progress line and the controls are in the prerendered page, so nothing moves when the script
  // runs; with scripts off they are hidden and every step shows. Back and Next are links to #step-N:
  // before the script runs there is a pair for each step and CSS (globals.css) shows the one of the
  // step shown, which the address's #step-N chooses (:target). The done-mark checks at once and
  // "Start over" holds its click; both are carried out once the script runs (lib/first-action.mjs).
  return (
    <div data-stepper="" data-current={hydrated ? current : undefined} data-done={doneNumbers}>
      <p aria-live="polite" aria-atomic="true" className="mb-3 font-semibold print:hidden no-scripting:hidden" data-progress>
        {announcement ? `${announcement} ` : ""}
        {fillTemplate(done.length === total ? text.progress.allDone : text.progress.open, { current, total, done: done.length })}
      </p>
      {children}
      <div className="mt-4 space-y-4 rounded-md border border-slate-300 p-4 print:hidden no-scripting:hidden dark:border-slate-700">
        <label className="flex min-h-11 items-center gap-3 font-semibold">
          <input
            type="checkbox"
            className="h-6 w-6 accent-slate-900 dark:accent-slate-100"
            checked={currentDone}
            onChange={(event) => toggleDone(event.target.checked)}
            {...{ [firstActionAttribute]: "value" }}
          />
          {text.markDone}
        </label>
        <div className="flex flex-wrap gap-3">
          {hydrated ? backAndNext(current) : stepIds.map((_, index) => backAndNext(index + 1))}
          <button type="button" onClick={startOver} className="ml-auto min-h-11 rounded-md px-4 py-2 font-semibold underline underline-offset-4" {...{ [firstActionAttribute]: "click" }}>
            {text.startOver}
          </button>
        </div>
      </div>
    </div>
  );
}

export const GuideStepper = island(GuideStepperIsland);
