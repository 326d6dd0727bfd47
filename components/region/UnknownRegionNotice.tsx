"use client";

import { useEffect, useState } from "react";
import { isCountryCode } from "@/lib/iso-3166";
import { placeName } from "@/lib/place-names";
import { uiText } from "@/lib/ui-text";

/** On a 404 for /region/<something>, says which code was not found and offers the likely page. */
export function UnknownRegionNotice() {
  const [asked, setAsked] = useState<string | null>(null);

  useEffect(() => {
    const match = /^\/region\/([^/]+)\/?$/.exec(window.location.pathname);
    // The address is known only in the browser: one 404 page serves every unknown path.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (match) setAsked(decodeURIComponent(match[1]));
  }, []);

  if (asked === null) return null;
  const likely = asked.toUpperCase();
  return (
    <div role="status" className="mt-6 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/50">
      <p className="m-0">{uiText.region.notFoundRegion(asked.slice(0, 40))}</p>
      {isCountryCode(likely) ? (
        <p className="mt-2 mb-0">
          {uiText.region.didYouMean}{" "}
          <a href={`/region/${likely.toLowerCase()}`} className="font-semibold underline underline-offset-4">
            {placeName(likely)}
          </a>
          ?
        </p>
      ) : null}
    </div>
  );
}
