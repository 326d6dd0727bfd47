"use client";

import { island } from "@/components/Island";
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { useFirstAction } from "@/components/hooks/first-action";
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
 * The guide's ordered list of steps (any number, each at #step-N), shown one step at a time with Back and
 * Next, "Step 2 of 6" and progress kept in this browser. Without JavaScript the list stays a plain ordered
 * list. Which step shows is marked on the step itself (data-current-step, data-done-step), so the CSS in
 * globals.css has no rule per step number.
 */
function GuideStepperIsland({ platform, stepIds, locale, text, steps }: { platform: string; stepIds: string[]; locale: Locale; text: GuideStepperText; steps: ReactNode[] }) {
  const firstAction = useFirstAction();
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

  function toggleDone(step: number, checked: boolean) {
    const id = stepIds[step - 1];
    // Pin the address to this step first, or marking it done would move the reader on to the next open one.
    if (stepFromHash(hash, total) === null) changeAddress(`#step-${step}`, "replace");
    saveGuideProgress(platform, checked ? stepIds.filter((step) => step === id || done.includes(step)) : done.filter((step) => step !== id));
  }

  function startOver() {
    clearGuideProgress(platform);
    goTo(1);
    setAnnouncement(text.startedOver);
  }

  const controls = (step: number) => (
    <div data-step-nav={step} className="mt-4 space-y-4 border-t border-slate-300 pt-4 print:hidden no-scripting:hidden dark:border-slate-700">
      <label className="flex min-h-11 items-center gap-3 font-semibold">
        <input
          type="checkbox"
          className="h-6 w-6 accent-slate-900 dark:accent-slate-100"
          checked={done.includes(stepIds[step - 1])}
          onChange={(event) => toggleDone(step, event.target.checked)}
          {...firstAction("value")}
        />
        {text.markDone}
      </label>
      <div className="flex flex-wrap gap-3">
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
    </div>
  );

  // The progress line and the controls are in the prerendered page, so nothing moves when the script
  // runs; with scripts off they are hidden and every step shows. Each step has its own done-mark and
  // Back and Next (links to #step-N), so before the script runs the step the address names (:target,
  // globals.css) shows with its own controls, and no rule is needed per step number. The done-mark
  // checks at once and "Start over" holds its click; both are carried out once the script runs
  // (lib/first-action.mjs).
  return (
    <div data-stepper="" data-current={hydrated ? current : undefined}>
      <p aria-live="polite" aria-atomic="true" className="mb-3 font-semibold print:hidden no-scripting:hidden" data-progress>
        {announcement ? `${announcement} ` : ""}
        {formatIcu(locale, text.progress, { current, total, done: done.length, remaining: total - done.length })}
      </p>
      <ol className="m-0 list-none space-y-6 p-0 print:space-y-2">
        {steps.map((body, index) => (
          <li
            key={stepIds[index]}
            id={`step-${index + 1}`}
            data-step={index + 1}
            data-current-step={hydrated && current === index + 1 ? "" : undefined}
            data-done-step={done.includes(stepIds[index]) ? "" : undefined}
            className="rounded-md border border-slate-300 p-4 dark:border-slate-700 print:break-inside-avoid print:border-0 print:p-0"
          >
            {body}
            {controls(index + 1)}
          </li>
        ))}
      </ol>
      <div className="mt-4 flex print:hidden no-scripting:hidden">
        <button type="button" onClick={startOver} className="ml-auto min-h-11 rounded-md px-4 py-2 font-semibold underline underline-offset-4" {...firstAction("click")}>
          {text.startOver}
        </button>
      </div>
    </div>
  );
}

export const GuideStepper = island(GuideStepperIsland);
