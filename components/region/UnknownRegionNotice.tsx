"use client";

import { island } from "@/components/Island";
import { formatIcu } from "@/lib/ui-text/format";
import { isCountryCode } from "@/lib/iso-3166";
import { placeName } from "@/lib/place-names";
import { localePath, type Locale } from "@/lib/i18n";
import type { UnknownRegionText } from "@/lib/ui-text/island-text";
import { useBrowserState } from "@/components/hooks/use-browser-state";

/** The code asked for, when the address is /region/<something> (one 404 page serves every unknown path). */
function askedCode(): string | null {
  const match = /^(?:\/[a-z]{2})?\/region\/([^/]+)\/?$/.exec(window.location.pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * On a 404 for /region/<something>, says which code was not found and offers the likely page. The one
 * island that adds to the page after load: what it says depends on an address the prerendered 404
 * page cannot know, and it sits below the page's heading and text, where the reader has not yet looked.
 */
function UnknownRegionNoticeIsland({ locale, text: region }: { locale: Locale; text: UnknownRegionText }) {
  const asked = useBrowserState(askedCode, null);
  if (asked === null) return null;
  const likely = asked.toUpperCase();
  return (
    <div role="status" className="mt-6 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 dark:border-amber-400 dark:bg-amber-950/50">
      <p className="m-0">{formatIcu(locale, region.notFoundRegion, { code: asked.slice(0, 40) })}</p>
      {isCountryCode(likely) ? (
        <p className="mt-2 mb-0">
          {region.didYouMean}{" "}
          <a href={localePath(locale, `/region/${likely.toLowerCase()}`)} className="font-semibold underline underline-offset-4">
            {placeName(likely, [locale])}
          </a>
          {region.didYouMeanEnd}
        </p>
      ) : null}
    </div>
  );
}

export const UnknownRegionNotice = island(UnknownRegionNoticeIsland);
