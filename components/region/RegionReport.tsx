"use client";

import { island } from "@/components/Island";
import { useState, type FormEvent } from "react";
import { formatDate as formatLocaleDate, todayUtc } from "@/lib/dates";
import { periodIndexOn, readDateChoice } from "@/lib/region-rules";
import type { RegionStatus } from "@/lib/schemas";
import type { Locale } from "@/lib/i18n";
import { formatIcu } from "@/lib/ui-text/format";
import type { RegionReportText } from "@/lib/ui-text/island-text";
import { changeAddress, subscribeToLocation, useBrowserState } from "@/components/hooks/use-browser-state";
import { useFirstAction } from "@/components/hooks/first-action";

export interface ReportPeriod {
  from: string;
  to?: string;
  status: RegionStatus;
  reason: string;
  caveat?: string;
}

interface RegionReportProps {
  locale: Locale;
  text: RegionReportText;
  placeName: string;
  periods: ReportPeriod[];
  rangeStart: string;
  /** The build's day: the answer the prerendered page shows before the browser knows today. */
  builtOn: string;
}

// The colours themselves are defined once, in lib/status-colours.ts.
const statusStyles: Record<RegionStatus, string> = {
  "used-by-default":
    "border-status-used-by-default bg-status-used-by-default-surface dark:border-status-used-by-default-dark dark:bg-status-used-by-default-dark-surface/50",
  excluded: "border-status-excluded bg-status-excluded-surface dark:border-status-excluded-dark dark:bg-status-excluded-dark-surface/50",
  uncertain: "border-status-uncertain bg-status-uncertain-surface dark:border-status-uncertain-dark dark:bg-status-uncertain-dark-surface/50",
};

/** The address's ?on= value, as typed (null when there is none). */
const readOnParameter = () => new URLSearchParams(window.location.search).get("on");

/**
 * The verdict for a place, today or on the date in ?on=, and the place's history. Prerendered with
 * today's answer; in the browser it reads ?on= and offers a date control that writes it back.
 */
function RegionReportIsland({ locale, text, placeName, periods, rangeStart, builtOn }: RegionReportProps) {
  const firstAction = useFirstAction();
  const formatDate = (date: string) => formatLocaleDate(date, locale);
  // The prerendered page answers as of its build day; the browser as of its own clock and the address's ?on=.
  const today = useBrowserState(todayUtc, builtOn);
  const onParameter = useBrowserState(readOnParameter, null, subscribeToLocation);
  const choice = readDateChoice(onParameter, rangeStart, today);
  // What the reader has typed into the date field, for the address it was typed at.
  const [typed, setTyped] = useState<{ at: string | null; value: string } | null>(null);
  const draft = typed && typed.at === onParameter ? typed.value : choice.kind === "ok" ? choice.date : "";

  const day = choice.kind === "ok" ? choice.date : today;
  const index = periodIndexOn(periods, day);
  const currentIndex = periodIndexOn(periods, today);
  const period = periods[index];
  const now = choice.kind !== "ok";
  // "As of <day>" both before and after the browser checks its clock, so the verdict keeps its length.
  const when = formatIcu(locale, now ? text.asOf : text.onDate, { date: formatDate(now ? today : day) });

  function showDate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The field itself, not `draft`: a date typed before the island ran is in the field before React's state.
    const typedDate = new FormData(event.currentTarget).get("on");
    const url = new URL(window.location.href);
    url.searchParams.set("on", typeof typedDate === "string" && typedDate ? typedDate : draft);
    changeAddress(url, "push");
  }

  function backToToday() {
    const url = new URL(window.location.href);
    url.searchParams.delete("on");
    changeAddress(url, "push");
  }

  const notice =
    choice.kind === "malformed"
      ? formatIcu(locale, text.notice.malformed, { input: choice.input })
      : choice.kind === "before-range"
        ? formatIcu(locale, text.notice["before-range"], { input: choice.input, start: formatDate(rangeStart) })
        : choice.kind === "after-today"
          ? formatIcu(locale, text.notice["after-today"], { input: choice.input })
          : null;

  return (
    <>
      <section aria-labelledby="verdict-heading" className="mt-6">
        <h2 id="verdict-heading" className="sr-only">
          {text.verdictHeading}
        </h2>
        <div aria-live="polite" aria-atomic="true">
          {notice ? (
            <p data-notice className="mb-3 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/50">
              {notice}
            </p>
          ) : null}
          {period ? (
            <div className={`rounded-md border-l-4 px-4 py-4 ${statusStyles[period.status]}`}>
              <p id="verdict" data-status={period.status} className="m-0 text-lg">
                <strong className="mb-1 block text-sm tracking-wide uppercase">{text.statusLabel[period.status]}</strong>
                {formatIcu(locale, text.verdict[period.status], { place: placeName, when, tense: now ? "now" : "past" })}
              </p>
              <p className="mt-3 mb-0">{period.reason}</p>
              {period.caveat ? <p className="mt-2 mb-0 text-sm italic">{period.caveat}</p> : null}
            </div>
          ) : null}
        </div>

        {/* A plain GET form (?on=…) before the script runs, which then shows the date without a page
            load; hidden with scripts off, where the page cannot read ?on=. */}
        <form method="get" onSubmit={showDate} className="mt-5 flex flex-wrap items-end gap-3 print:hidden no-scripting:hidden" aria-describedby="on-date-hint">
          <div className="flex flex-col">
            <label htmlFor="on-date" className="font-semibold">
              {text.dateLabel}
            </label>
            <span id="on-date-hint" className="text-sm text-slate-700 dark:text-slate-300">
              {formatIcu(locale, text.dateHint, { start: formatDate(rangeStart), end: formatDate(today) })}
            </span>
            <input
              id="on-date"
              name="on"
              type="date"
              required
              min={rangeStart}
              max={today}
              value={draft}
              onChange={(event) => setTyped({ at: onParameter, value: event.target.value })}
              className="mt-1 min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900 dark:bg-slate-800 dark:text-slate-100"
              {...firstAction("value")}
            />
          </div>
          <button type="submit" className="min-h-11 rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300">
            {text.showDate}
          </button>
          {choice.kind !== "none" ? (
            <button type="button" onClick={backToToday} className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-semibold">
              {text.backToToday}
            </button>
          ) : null}
        </form>
        <noscript>
          <p className="mt-4 text-sm">{text.noScriptDate}</p>
        </noscript>
      </section>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-bold">
          {text.historyHeading}
        </h2>
        <ol className="mt-4 list-none space-y-4 p-0">
          {periods.map((item, itemIndex) => (
            <li
              key={item.from}
              aria-current={itemIndex === currentIndex ? "true" : undefined}
              className={`rounded-md border px-4 py-3 ${itemIndex === index ? "border-slate-900 dark:border-slate-100" : "border-slate-300 dark:border-slate-700"}`}
            >
              <p className="m-0 text-sm font-semibold">
                <time dateTime={item.from}>{formatDate(item.from)}</time>{text.periodTo}
                {item.to ? <time dateTime={item.to}>{formatDate(item.to)}</time> : text.untilToday}
                {itemIndex === currentIndex ? <span className="ml-2 rounded bg-slate-900 px-1.5 py-0.5 text-xs text-white dark:bg-slate-100 dark:text-slate-900">{text.current}</span> : null}
                {itemIndex === index && choice.kind === "ok" ? <span className="ml-2 rounded border border-slate-900 px-1.5 py-0.5 text-xs dark:border-slate-100">{text.chosen}</span> : null}
              </p>
              <p className="mt-1 mb-0 font-semibold" data-period-status={item.status}>
                {text.statusLabel[item.status]}
              </p>
              <p className="mt-1 mb-0">{item.reason}</p>
              {item.caveat ? <p className="mt-1 mb-0 text-sm italic">{item.caveat}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export const RegionReport = island(RegionReportIsland);
