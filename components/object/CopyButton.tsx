"use client";

import { island } from "@/components/Island";
import { useState } from "react";
import { useFirstAction } from "@/components/hooks/first-action";

/**
 * Copies the current text of a textarea (what the reader may have edited) to the clipboard. A click
 * before the script runs is kept and carried out once it has (lib/first-action.mjs); hidden where
 * scripting is off, where the text is selected by hand.
 */
function CopyButtonIsland({ targetId, label, copied, failed }: { targetId: string; label: string; copied: string; failed: string }) {
  const firstAction = useFirstAction();
  const [status, setStatus] = useState("");

  async function copy() {
    const target = document.getElementById(targetId);
    if (!(target instanceof HTMLTextAreaElement)) return;
    try {
      await navigator.clipboard.writeText(target.value);
      setStatus(copied);
    } catch {
      target.select();
      setStatus(failed);
    }
  }

  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 print:hidden no-scripting:hidden">
      <button
        type="button"
        onClick={copy}
        className="min-h-11 rounded-md border border-slate-500 px-4 py-2 font-semibold"
        data-copy-for={targetId}
        {...firstAction("click")}
      >
        {label}
      </button>
      <p className="m-0 min-h-6 text-sm" role="status">
        {status}
      </p>
    </div>
  );
}

export const CopyButton = island(CopyButtonIsland);
