"use client";

import { useEffect } from "react";
import { firstActionAttribute, firstActionRecord } from "@/lib/first-action.mjs";
import { useHydrated } from "./use-browser-state";

export type FirstActionKind = "click" | "value" | "point";

/** What the page's loader (scripts/export/rewrite-page.mjs) kept of the reader's use of a control before it hydrated. */
interface KeptAction {
  kind: FirstActionKind;
  target: Element;
  value?: string;
  checked?: boolean;
  /** For "point": where the click was, from the area's top left corner. */
  x?: number;
  y?: number;
}

/** A control is live once its island has run and dropped the mark: the loader then lets its events be. */
const isLive = (element: Element) => !element.hasAttribute(firstActionAttribute);

function keptActions(): { actions: KeptAction[] } | null {
  const record = (window as unknown as Record<string, unknown>)[firstActionRecord];
  return record && typeof record === "object" && Array.isArray((record as { actions?: unknown }).actions) ? (record as { actions: KeptAction[] }) : null;
}

/**
 * The mark for a control whose first use must be kept until its island runs (lib/first-action.mjs):
 * `{...firstAction("click")}`. The prerendered page and the hydrating render carry it; the render after
 * the island has run (its first commit done, so React takes the control's events) drops it, and then
 * what the reader did before is carried out.
 */
export function useFirstAction(): (kind: FirstActionKind) => { [firstActionAttribute]?: FirstActionKind } {
  const live = useHydrated();
  useEffect(() => {
    if (live) carryOutKeptActions();
  }, [live]);
  return (kind) => (live ? {} : { [firstActionAttribute]: kind });
}

/**
 * Carries out, once each, what the reader did to controls that are live since: the held click is
 * clicked again; a field's, radio button's or slider's change is made again so that React sees it.
 * Actions on controls not yet live wait for their island. After a task, so the islands have shown
 * what they read from the browser (done-marks, a remembered place) before a change is made on top.
 */
function carryOutKeptActions(): void {
  setTimeout(() => {
    const record = keptActions();
    if (!record) return;
    const ready = record.actions.filter((action) => action.target.isConnected && isLive(action.target));
    record.actions = record.actions.filter((action) => action.target.isConnected && !ready.includes(action));
    for (const action of ready) carryOut(action);
  });
}

function carryOut({ kind, target, value, checked, x, y }: KeptAction): void {
  if (kind === "click") {
    if (target instanceof HTMLElement) target.click();
    return;
  }
  if (kind === "point") {
    // The same place in the area, wherever the page has scrolled to since.
    const box = target.getBoundingClientRect();
    target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, clientX: box.left + (x ?? 0), clientY: box.top + (y ?? 0) }));
    return;
  }
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || value === undefined) return;
  // React fires onChange only for a change from the value it tracks: first give the element another
  // value through its own property (which React tracks), then make the reader's change as a browser would.
  if (target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")) {
    target.checked = !checked;
    target.click();
    return;
  }
  const other = [target instanceof HTMLInputElement ? target.min : "", target instanceof HTMLInputElement ? target.max : "", "", "0"].find((candidate) => candidate !== value);
  target.value = other ?? "";
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), "value")?.set?.call(target, value);
  target.dispatchEvent(new Event("input", { bubbles: true }));
  target.dispatchEvent(new Event("change", { bubbles: true }));
}
