"use client";

import { useEffect, useState } from "react";
import { isCountryCode } from "@/lib/iso-3166";
import { placeName } from "@/lib/place-names";
import { readSavedPlace } from "@/lib/reader-storage";
import type { JurisdictionOnDay } from "@/lib/region-rules";
import { uiText } from "@/lib/ui-text";

/** What applies where the reader lives, if they saved their place in the region checker. */
export function RegionNote({ jurisdictionOf, jurisdictions }: { jurisdictionOf: Record<string, string>; jurisdictions: Record<string, JurisdictionOnDay> }) {
  const [code, setCode] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    // The saved place lives in this browser's storage only.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCode(readSavedPlace(isCountryCode));
  }, []);

  if (code === undefined) return null;
  const now = code ? jurisdictions[jurisdictionOf[code]] : undefined;
  return (
    <section aria-labelledby="region-note-heading" className="mt-10 print:hidden">
      <h2 id="region-note-heading" className="text-xl font-bold">
        {uiText.guide.regionHeading}
      </h2>
      {code && now ? (
        <div className="mt-3 space-y-2" data-region-note={code}>
          <p className="m-0">
            {uiText.guide.regionSaved(placeName(code))} <strong>{uiText.region.statusLabel[now.status]}</strong>: {now.reason}
          </p>
          {now.advice ? <p className="m-0">{now.advice}</p> : null}
          <p className="m-0">
            <a href={`/region/${code.toLowerCase()}`} className="underline underline-offset-4">
              {uiText.guide.regionSee}
            </a>
          </p>
        </div>
      ) : (
        <p className="mt-3">
          <a href="/region" className="underline underline-offset-4">
            {uiText.guide.regionNone}
          </a>
        </p>
      )}
    </section>
  );
}
