"use client";

import { island } from "@/components/Island";
import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatIcu } from "@/lib/ui-text/format";
import { isCountryCode } from "@/lib/iso-3166";
import { placeName } from "@/lib/place-names";
import { matchingPlaces, placeOptions, regionFromLanguages } from "@/lib/place-search";
import { readSavedPlace } from "@/lib/reader-storage";
import { defaultLocale, localePath, type Locale } from "@/lib/i18n";
import type { RegionPickerText } from "@/lib/ui-text/island-text";
import { readReaderLanguages, subscribeToReaderStorage, useBrowserState } from "@/components/hooks/use-browser-state";

const MAX_OPTIONS = 12;

const readPlace = () => readSavedPlace(isCountryCode);


/**
 * A combobox (WAI-ARIA "list autocomplete") of every country and territory, named in the reader's
 * language. It is in the prerendered page, so the page does not shift when JavaScript runs, and it
 * takes typing from the first paint: what is typed before hydration becomes the query. With scripts
 * off it is hidden and the page's plain list of links serves.
 */
function RegionPickerIsland({
  locale,
  text,
  readings,
}: {
  locale: Locale;
  text: RegionPickerText;
  /** How to type places' names phonetically in the page's language (にほん for 日本). */
  readings?: Readonly<Record<string, readonly string[]>>;
}) {
  const regionHref = (code: string) => localePath(locale, `/region/${code.toLowerCase()}`);
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const languages = useBrowserState<readonly string[] | null>(readReaderLanguages, null);
  const saved = useBrowserState(readPlace, null, subscribeToReaderStorage);
  // The field is enabled from the first paint; what the reader typed before the island ran is read
  // from the field itself, until they type again.
  const readTyped = useCallback(() => inputRef.current?.value ?? "", []);
  const typedBeforeHydration = useBrowserState(readTyped, "");
  const [typed, setQuery] = useState<string | null>(null);
  const query = typed ?? typedBeforeHydration;
  const [openChoice, setOpen] = useState<boolean | null>(null);
  const open = openChoice ?? typedBeforeHydration !== "";
  const [active, setActive] = useState(0);
  const ready = languages !== null;
  const suggested = languages ? regionFromLanguages(languages) : null;

  // On an English page places are named in the reader's languages (English is the site's default for
  // everyone); on a page in another language, in that language first. Matched in those and in English.
  const nameLanguages = useMemo(() => (languages === null ? null : locale === defaultLocale ? languages : [locale, ...languages]), [locale, languages]);
  const options = useMemo(() => (nameLanguages ? placeOptions(nameLanguages, readings) : []), [nameLanguages, readings]);
  const matches = useMemo(() => matchingPlaces(options, query), [options, query]);
  const shown = matches.slice(0, MAX_OPTIONS);
  const expanded = open && shown.length > 0;
  const activeOption = expanded ? shown[Math.min(active, shown.length - 1)] : undefined;

  function go(code: string) {
    window.location.assign(regionHref(code));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (expanded ? (current + 1) % shown.length : 0));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (expanded ? (current - 1 + shown.length) % shown.length : shown.length - 1));
    } else if (event.key === "Enter") {
      const target = activeOption ?? matches[0];
      if (target) {
        event.preventDefault();
        go(target.code);
      }
    } else if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else setQuery("");
    }
  }

  const quickLinks = [
    saved ? { label: text.remembered, code: saved } : null,
    suggested && suggested !== saved ? { label: text.suggestion, code: suggested } : null,
  ].filter((link) => link !== null);

  return (
    <div className="not-prose my-6 no-scripting:hidden">
      {/* Room for a suggested place, known only in the browser: the field below does not move when it appears. */}
      <div className="mb-3 min-h-12">
        {ready
          ? quickLinks.map((link) => (
              <p key={link.label} className="mb-1">
                {link.label}{" "}
                <a href={regionHref(link.code)} className="font-semibold underline underline-offset-4">
                  {placeName(link.code, nameLanguages ?? [locale])}
                </a>
              </p>
            ))
          : null}
      </div>
      <label htmlFor={`${id}-input`} className="block font-semibold">
        {text.searchLabel}
      </label>
      <p id={`${id}-hint`} className="m-0 text-sm text-slate-700 dark:text-slate-300">
        {text.searchHint}
      </p>
      <div className="relative mt-1">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={activeOption ? `${id}-${activeOption.code}` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
          className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-lg text-slate-900 dark:bg-slate-800 dark:text-slate-100"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={text.searchLabel}
          hidden={!expanded}
          className="absolute z-10 mt-1 max-h-80 w-full list-none overflow-y-auto rounded-md border border-slate-400 bg-white p-0 shadow-lg dark:border-slate-600 dark:bg-slate-800"
        >
          {shown.map((option, index) => (
            <li
              key={option.code}
              id={`${id}-${option.code}`}
              role="option"
              aria-selected={option === activeOption}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(option.code)}
              className="flex min-h-11 cursor-pointer items-center justify-between gap-3 px-3 py-2 aria-selected:bg-slate-900 aria-selected:text-white dark:aria-selected:bg-slate-100 dark:aria-selected:text-slate-900"
              onMouseMove={() => setActive(index)}
            >
              <span>
                {option.name}
                {option.englishName !== option.name ? <span className="text-sm opacity-80"> ({option.englishName})</span> : null}
              </span>
              <span className="font-mono text-sm opacity-80">{option.code}</span>
            </li>
          ))}
        </ul>
      </div>
      <p aria-live="polite" className="sr-only">
        {query.trim() ? formatIcu(locale, text.matches, { count: matches.length }) : ""}
      </p>
    </div>
  );
}

export const RegionPicker = island(RegionPickerIsland);
