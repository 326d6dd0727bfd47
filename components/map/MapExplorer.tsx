"use client";

import { useEffect, useId, useMemo, useState, type MouseEvent, type PointerEvent, type ReactNode } from "react";
import { addDays, formatDate, todayUtc } from "@/lib/dates";
import { localePath, type Locale } from "@/lib/i18n";
import { placeName } from "@/lib/place-names";
import { mapSummaryOn } from "@/lib/map/map-summary";
import type { MapSummaryText } from "@/lib/ui-text/island-text";
import { daysBetween, slotStatusesOn, type MapJurisdiction } from "@/lib/map/map-status";
import { readDateChoice } from "@/lib/region-rules";
import { readSprite, type SpriteShapes, type WorldMapSprite } from "@/lib/map/world-map-sprite";
import { LinkedShapes } from "./WorldShapes";

export interface MapExplorerProps {
  jurisdictions: MapJurisdiction[];
  rangeStart: string;
  /** The build's day: what the prerendered page shows, before the browser knows today. */
  builtOn: string;
  keyDates: string[];
  locale: Locale;
  text: MapSummaryText & { sliderLabel: string; keyDatesLabel: string };
  /** The shapes file the map is drawn from. */
  sprite: WorldMapSprite;
  /** The map's patterns and its picture drawn from the shapes file (MapPatterns, SpritePicture), prerendered. */
  patterns: ReactNode;
  picture: ReactNode;
  /** What goes under the map, inside its coloured element (the small places' targets). */
  children: ReactNode;
  /** The key, under the map. */
  legend: ReactNode;
}

/** data-s0 … for a day: the statuses the stylesheet colours each jurisdiction's slot with. */
function slotAttributes(jurisdictions: MapJurisdiction[], day: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  slotStatusesOn(jurisdictions, day).forEach((status, slot) => {
    if (status) attributes[`data-s${slot}`] = status;
  });
  return attributes;
}

/**
 * The map on /region with its date control. Prerendered with the build day's colours; without
 * JavaScript the key dates are links whose #fragment shows that day's summary and colours (by CSS
 * :target). With JavaScript the slider and the same links recolour the map in place, and ?on= is
 * kept in the address, as on the place pages, and the map, read from its shapes file (which the page
 * has already drawn it from, so it comes from the cache), is drawn again with every place a link.
 */
export function MapExplorer({ jurisdictions, rangeStart, builtOn, keyDates, locale, text, sprite, patterns, picture, children, legend }: MapExplorerProps) {
  const regionPath = localePath(locale, "/region");
  const id = useId();
  const [today, setToday] = useState(builtOn);
  const [day, setDay] = useState(builtOn);
  const [chosen, setChosen] = useState(false);
  const [live, setLive] = useState(false);
  const [shapes, setShapes] = useState<SpriteShapes | null>(null);

  useEffect(() => {
    let current = true;
    // Should the file not come, the map stays the picture it was, its places reachable under it and in the list.
    fetch(sprite.href)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${sprite.href}: ${response.status}`))))
      .then((text) => current && setShapes(readSprite(text, sprite)))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [sprite]);

  useEffect(() => {
    const now = todayUtc();
    const choice = readDateChoice(new URLSearchParams(window.location.search).get("on"), rangeStart, now);
    // The clock and the address are known only in the browser, after the prerendered page is shown.
    /* eslint-disable react-hooks/set-state-in-effect */
    setToday(now);
    setDay(choice.kind === "ok" ? choice.date : now);
    setChosen(choice.kind === "ok");
    setLive(true);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [rangeStart]);

  function show(next: string) {
    setDay(next);
    setChosen(true);
    const url = new URL(window.location.href);
    url.searchParams.set("on", next);
    url.hash = "";
    window.history.replaceState(null, "", url);
  }

  function placeLink(event: PointerEvent<HTMLDivElement>): [Element, string] | null {
    // A shape or dot on the map, or one of the small places' targets under it.
    const link = (event.target as Element).closest(`a[href^='${regionPath}/']`);
    return link ? [link, link.getAttribute("href")!.slice(regionPath.length + 1, regionPath.length + 3)] : null;
  }

  function openPlaceOnDay(event: PointerEvent<HTMLDivElement>) {
    // The address a tap or click on a place follows, set just before it does.
    const found = placeLink(event);
    if (found) found[0].setAttribute("href", `${regionPath}/${found[1]}${chosen ? `?on=${day}` : ""}`);
  }

  function namePlace(event: PointerEvent<HTMLDivElement>) {
    // Names are not in the page's map, to keep it light: the browser names a place on hover.
    const found = placeLink(event);
    if (found && !found[0].hasAttribute("title") && !found[0].querySelector("title")) {
      const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = placeName(found[1], [locale]);
      found[0].prepend(title);
    }
  }

  function showKeyDate(event: MouseEvent<HTMLAnchorElement>, date: string) {
    if (!live || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    show(date);
  }

  // What does not change with the day is made once, so a new day re-renders only what it changes
  // (the colours, the summary, the control): the 260 linked shapes are left alone.
  const linkedShapes = useMemo(() => shapes && <LinkedShapes shapes={shapes} regionPath={`${regionPath}/`} />, [shapes, regionPath]);
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
      <div className="world-map mt-2" onPointerDown={openPlaceOnDay} onPointerOver={namePlace} {...slotAttributes(jurisdictions, day)}>
        <svg viewBox={`0 0 ${sprite.width} ${sprite.height}`} aria-hidden="true" data-world-map="">
          {patterns}
          {linkedShapes ?? picture}
        </svg>
        {children}
        {legend}
      </div>
      <div className="mt-4 print:hidden">
        <label htmlFor={`${id}-day`} className="block font-semibold no-scripting:hidden">
          {text.sliderLabel}: <span className="font-normal">{formatDate(day, locale)}</span>
        </label>
        <input
          id={`${id}-day`}
          type="range"
          min={0}
          max={daysBetween(rangeStart, today)}
          step={1}
          value={daysBetween(rangeStart, day)}
          aria-valuetext={formatDate(day, locale)}
          disabled={!live}
          onChange={(event) => show(addDays(rangeStart, Number(event.target.value)))}
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
