"use client";

import { useFirstAction } from "@/components/hooks/first-action";
import { island } from "@/components/Island";
import { useEffect, useId, useMemo, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { addDays, formatDate, todayUtc } from "@/lib/dates";
import { localePath, type Locale } from "@/lib/i18n";
import { mapSummaryOn } from "@/lib/map/map-summary";
import { formatIcu } from "@/lib/ui-text/format";
import type { MapExplorerText } from "@/lib/ui-text/island-text";
import { daysBetween, slotStatusesOn, type MapJurisdiction } from "@/lib/map/map-status";
import { pickOnMap, type MapPick, type MapTaps } from "@/lib/map/nearest-place";
import { readDateChoice } from "@/lib/region-rules";
import { dotRadius, readShapes, type WorldMapSprite } from "@/lib/map/world-map-sprite";
import { changeAddress, subscribeToLocation, useBrowserState, useHydrated } from "@/components/hooks/use-browser-state";


export interface MapExplorerProps {
  jurisdictions: MapJurisdiction[];
  rangeStart: string;
  /** The build's day: what the prerendered page shows, before the browser knows today. */
  builtOn: string;
  keyDates: string[];
  locale: Locale;
  text: MapExplorerText;
  /** The shapes file the map is drawn from. */
  sprite: WorldMapSprite;
  /** Where a tap picks each place (lib/map/tap-targets.ts). */
  taps: MapTaps;
  /** The map's patterns and its picture drawn from the shapes file (MapPatterns, SpritePicture), prerendered. */
  patterns: ReactNode;
  picture: ReactNode;
  /** The key, under the map. */
  legend: ReactNode;
}

/** How far from a tap, in CSS pixels, a place still counts as within a finger's reach. */
const REACH_PX = 16;
/** How far from a tap, in CSS pixels, a small place's dot wins over the shape under the tap. */
const DOT_REACH_PX = 6;
/** The ring around the picked place, in CSS pixels. */
const MARK_PX = 9;

/** data-s0 … for a day: the statuses the stylesheet colours each jurisdiction's slot with. */
function slotAttributes(jurisdictions: MapJurisdiction[], day: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  slotStatusesOn(jurisdictions, day).forEach((status, slot) => {
    if (status) attributes[`data-s${slot}`] = status;
  });
  return attributes;
}

const readOnParameter = () => new URLSearchParams(window.location.search).get("on");

/**
 * The map on /region with its date control. Prerendered with the build day's colours; without
 * JavaScript the key dates are links whose #fragment shows that day's summary and colours (by CSS
 * :target). With JavaScript the slider and the same links recolour the map in place, and ?on= is
 * kept in the address, as on the place pages; a tap or click anywhere on the map picks the nearest
 * place (lib/map/nearest-place.ts) and names it under the map with its answer that day, a link to
 * its page for that day, and the other places within a finger's reach. The map is for the pointer
 * only: the search box and the list are the keyboard's way to a place.
 */
function MapExplorerIsland({ jurisdictions, rangeStart, builtOn, keyDates, locale, text, sprite, taps, patterns, picture, legend }: MapExplorerProps) {
  const firstAction = useFirstAction();
  const regionPath = localePath(locale, "/region");
  const id = useId();
  const today = useBrowserState(todayUtc, builtOn);
  const onParameter = useBrowserState(readOnParameter, null, subscribeToLocation);
  const live = useHydrated();
  const choice = readDateChoice(onParameter, rangeStart, today);
  const chosen = choice.kind === "ok";
  const day = chosen ? choice.date : today;
  const [pick, setPick] = useState<(MapPick & { mark: number }) | null>(null);
  const shapes = useRef<Promise<{ code: string; outline: Path2D }[] | null>>(null);

  useEffect(() => {
    // The shapes, from the file the page has drawn the map from (so from the cache), tell which one a
    // tap is on; a tap before they are read waits for them. Should the file not come, a tap picks the
    // place of the nearest tap point.
    shapes.current = fetch(sprite.href)
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .then((text) => readShapes(text, sprite).map(({ code, d }) => ({ code, outline: new Path2D(d) })))
      .catch(() => null);
  }, [sprite]);

  function show(next: string) {
    const url = new URL(window.location.href);
    url.searchParams.set("on", next);
    url.hash = "";
    changeAddress(url, "replace");
  }

  function pickAt(event: MouseEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0) return;
    const scale = sprite.width / box.width;
    const x = (event.clientX - box.left) * scale;
    const y = (event.clientY - box.top) * scale;
    void (shapes.current ?? Promise.resolve(null)).then((outlines) => {
      const context = outlines && document.createElement("canvas").getContext("2d");
      const shapeAt = context ? (outlines!.find(({ outline }) => context.isPointInPath(outline, x, y))?.code ?? null) : null;
      const found = pickOnMap(taps, { x, y, shapeAt, dotReach: Math.max(dotRadius.large + 1.5, DOT_REACH_PX * scale), reach: REACH_PX * scale }, [locale]);
      setPick(found && { ...found, mark: MARK_PX * scale });
    });
  }

  function showKeyDate(event: MouseEvent<HTMLAnchorElement>, date: string) {
    if (!live || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    show(date);
  }

  const placeHref = (code: string) => `${regionPath}/${code.toLowerCase()}${chosen ? `?on=${day}` : ""}`;
  // The picked place's answer follows the day shown.
  const status = pick && slotStatusesOn(jurisdictions, day)[pick.slot];

  // What does not change with the day is made once, so a new day re-renders only what it changes.
  const keyDateSummaries = useMemo(
    () =>
      keyDates.map((date) => (
        <p key={date} id={`on-${date}`} className="map-summary-key mt-3 mb-0 min-h-12" {...slotAttributes(jurisdictions, date)}>
          {mapSummaryOn(text, jurisdictions, date, locale)}
        </p>
      )),
    [keyDates, jurisdictions, text, locale],
  );

  return (
    <div className="map-explorer" data-live={live ? "" : undefined}>
      {keyDateSummaries}
      <p className="map-summary-current mt-3 mb-0 min-h-12" aria-live="polite">
        {mapSummaryOn(text, jurisdictions, day, locale)}
      </p>
      <div className="world-map mt-2" {...slotAttributes(jurisdictions, day)}>
        <svg viewBox={`0 0 ${sprite.width} ${sprite.height}`} aria-hidden="true" data-world-map="" onClick={pickAt} {...firstAction("point")}>
          {patterns}
          {picture}
          {pick ? <circle className="map-pick-mark" cx={pick.x} cy={pick.y} r={pick.mark} /> : null}
        </svg>
        <div className="map-pick mt-2 min-h-12 print:hidden" aria-live="polite">
          {pick ? (
            <>
              <p className="m-0">
                <a href={placeHref(pick.code)} className="font-semibold underline underline-offset-4">
                  {pick.name}
                </a>
                {text.colon}
                {status ? formatIcu(locale, text.pickAnswer, { status: text.statusLabel[status], date: formatDate(day, locale) }) : null}
              </p>
              {pick.nearby.length > 0 ? (
                <p className="mt-1 mb-0 text-sm">
                  {text.pickNearby}{" "}
                  {pick.nearby.map((place, index) => (
                    <span key={place.code}>
                      {index > 0 ? text.listSeparator : null}
                      <a href={placeHref(place.code)} className="inline-block py-1 underline underline-offset-4">
                        {place.name}
                      </a>
                    </span>
                  ))}
                </p>
              ) : null}
            </>
          ) : (
            <p className="m-0 text-sm text-slate-700 no-scripting:hidden dark:text-slate-300">{text.pickHint}</p>
          )}
        </div>
        {legend}
      </div>
      <div className="mt-4 print:hidden">
        <label htmlFor={`${id}-day`} className="block font-semibold no-scripting:hidden">
          {text.sliderLabel}
          {text.colon}
          <span className="font-normal">{formatDate(day, locale)}</span>
        </label>
        <input
          id={`${id}-day`}
          type="range"
          min={0}
          max={daysBetween(rangeStart, today)}
          step={1}
          value={daysBetween(rangeStart, day)}
          aria-valuetext={formatDate(day, locale)}
          onChange={(event) => show(addDays(rangeStart, Number(event.target.value)))}
          {...firstAction("value")}
          className="mt-2 block h-11 w-full no-scripting:hidden"
        />
        <p id={`${id}-keys`} className="mt-3 mb-1 font-semibold">
          {text.keyDatesLabel}
        </p>
        <ul aria-labelledby={`${id}-keys`} className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0">
          {keyDates.map((date) => (
            <li key={date}>
              <a
                href={`${regionPath}?on=${date}#on-${date}`}
                aria-current={live && chosen && date === day ? "date" : undefined}
                onClick={(event) => showKeyDate(event, date)}
                className="inline-block py-2 underline underline-offset-4 aria-[current=date]:font-bold"
              >
                {formatDate(date, locale)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export const MapExplorer = island(MapExplorerIsland);
