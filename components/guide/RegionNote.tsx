"use client";

import { island } from "@/components/Island";
import { isCountryCode } from "@/lib/iso-3166";
import { formatIcu } from "@/lib/ui-text/format";
import { placeName } from "@/lib/place-names";
import { readSavedPlace } from "@/lib/reader-storage";
import type { JurisdictionOnDay } from "@/lib/region-rules";
import { localePath, type Locale } from "@/lib/i18n";
import type { RegionNoteText } from "@/lib/ui-text/island-text";
import { subscribeToReaderStorage, useBrowserState } from "@/components/hooks/use-browser-state";

const readPlace = () => readSavedPlace(isCountryCode);

/**
 * What applies where the reader lives, if they saved their place in the region checker. The
 * prerendered page shows the link to the checker; a saved place replaces it in the browser.
 */
function RegionNoteIsland({
  jurisdictionOf,
  jurisdictions,
  text: guide,
  locale,
}: {
  jurisdictionOf: Record<string, string>;
  jurisdictions: Record<string, JurisdictionOnDay>;
  text: RegionNoteText;
  locale: Locale;
}) {
  const code = useBrowserState(readPlace, null, subscribeToReaderStorage);
  const now = code ? jurisdictions[jurisdictionOf[code]] : undefined;
  return (
    <section aria-labelledby="region-note-heading" className="mt-10 print:hidden">
      <h2 id="region-note-heading" className="text-xl font-bold">
        {guide.regionHeading}
      </h2>
      {code && now ? (
        <div className="mt-3 space-y-2" data-region-note={code}>
          <p className="m-0">
            {formatIcu(locale, guide.regionSaved, { place: placeName(code, [locale]) })} <strong>{guide.statusLabel[now.status]}</strong>
            {guide.statusReasonSeparator}
            {now.reason}
          </p>
          {now.advice ? <p className="m-0">{now.advice}</p> : null}
          <p className="m-0">
            <a href={localePath(locale, `/region/${code.toLowerCase()}`)} className="underline underline-offset-4">
              {guide.regionSee}
            </a>
          </p>
        </div>
      ) : (
        <p className="mt-3">
          <a href={localePath(locale, "/region")} className="underline underline-offset-4">
            {guide.regionNone}
          </a>
        </p>
      )}
    </section>
  );
}

export const RegionNote = island(RegionNoteIsland);
