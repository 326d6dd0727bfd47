"use client";

import { island } from "@/components/Island";
import { isCountryCode } from "@/lib/iso-3166";
import { forgetPlace, readSavedPlace, savePlace } from "@/lib/reader-storage";
import { subscribeToReaderStorage, useBrowserState } from "@/components/hooks/use-browser-state";
import { useFirstAction } from "@/components/hooks/first-action";

export interface RememberPlaceText {
  remember: string;
  forget: string;
  rememberedHere: string;
}

const readPlace = () => readSavedPlace(isCountryCode);

/**
 * Lets the reader keep this place in their own browser (for the opt-out guide), and forget it.
 * In the prerendered page, so nothing moves when JavaScript runs; a click before then is kept and
 * carried out once it has (lib/first-action.mjs).
 */
function RememberPlaceIsland({ code, text }: { code: string; text: RememberPlaceText }) {
  const firstAction = useFirstAction();
  const saved = useBrowserState(readPlace, null, subscribeToReaderStorage);
  return (
    <div className="mt-8 flex flex-wrap items-center gap-3 print:hidden no-scripting:hidden">
      {saved === code ? (
        <>
          <p className="m-0" role="status">
            {text.rememberedHere}
          </p>
          <button type="button" className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-semibold" onClick={forgetPlace}>
            {text.forget}
          </button>
        </>
      ) : (
        <button type="button" className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-semibold" onClick={() => savePlace(code)} {...firstAction("click")}>
          {text.remember}
        </button>
      )}
    </div>
  );
}

export const RememberPlace = island(RememberPlaceIsland);
