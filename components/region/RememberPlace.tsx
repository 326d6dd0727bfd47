"use client";

import { useEffect, useState } from "react";
import { isCountryCode } from "@/lib/iso-3166";
import { forgetPlace, readSavedPlace, savePlace } from "@/lib/reader-storage";
import { uiText } from "@/lib/ui-text";

const text = uiText.region;

/**
 * Lets the reader keep this place in their own browser (for the opt-out guide), and forget it.
 * In the prerendered page, disabled until JavaScript runs, so nothing moves when it does.
 */
export function RememberPlace({ code }: { code: string }) {
  const [saved, setSaved] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    // localStorage exists only in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSaved(readSavedPlace(isCountryCode));
  }, []);

  const isThis = saved === code;
  return (
    <div className="mt-8 flex flex-wrap items-center gap-3 print:hidden no-scripting:hidden">
      {isThis ? (
        <>
          <p className="m-0" role="status">
            {text.rememberedHere}
          </p>
          <button
            type="button"
            className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-semibold"
            onClick={() => {
              forgetPlace();
              setSaved(null);
            }}
          >
            {text.forget}
          </button>
        </>
      ) : (
        <button
          type="button"
          disabled={saved === undefined}
          className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-semibold"
          onClick={() => setSaved(savePlace(code) ? code : null)}
        >
          {text.remember}
        </button>
      )}
    </div>
  );
}
