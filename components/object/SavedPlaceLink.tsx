"use client";

import { island } from "@/components/Island";
import { useCallback } from "react";
import { subscribeToReaderStorage, useBrowserState } from "@/components/hooks/use-browser-state";
import type { Locale } from "@/lib/i18n";
import { formatIcu } from "@/lib/ui-text/format";
import type { CompiledMessage } from "@/lib/ui-text/format";
import { placeName } from "@/lib/place-names";
import { readSavedPlace } from "@/lib/reader-storage";

export interface SavedPlaceLinkText {
  pending: string;
  none: string;
  /** Arguments place and section. */
  saved: CompiledMessage;
  goTo: string;
}

/**
 * Links to the part of /object for the place the reader saved on a region page. Prerendered as a line of
 * the same size saying what will appear; reads only this browser's storage and sends nothing.
 */
function SavedPlaceLinkIsland({
  sectionOfPlace,
  sectionHeadings,
  locale,
  text,
}: {
  locale: Locale;
  sectionOfPlace: Record<string, string>;
  sectionHeadings: Record<string, string>;
  text: SavedPlaceLinkText;
}) {
  const readPlace = useCallback(() => readSavedPlace((code) => code in sectionOfPlace), [sectionOfPlace]);
  const saved = useBrowserState<string | null | undefined>(readPlace, undefined, subscribeToReaderStorage);
  const section = saved ? sectionOfPlace[saved] : undefined;
  return (
    <p className="mt-3 min-h-24 rounded-md border border-slate-300 px-3 py-2 dark:border-slate-600 print:hidden" data-saved-place="">
      {saved === undefined ? (
        text.pending
      ) : saved && section ? (
        <>
          {formatIcu(locale, text.saved, { place: placeName(saved, [locale]), section: sectionHeadings[section] })}{" "}
          <a href={`#${section}`} className="underline underline-offset-4">
            {text.goTo}
          </a>
        </>
      ) : (
        text.none
      )}
    </p>
  );
}

export const SavedPlaceLink = island(SavedPlaceLinkIsland);
