"use client";

import { useEffect, useState } from "react";
import { uiText } from "@/lib/ui-text";

type Suggestable = "desktop" | "ios" | "android";

/** Guesses the platform from the browser itself (never from the network); null where it is not clear. */
function platformFromBrowser(): Suggestable | null {
  const agent = navigator.userAgent;
  if (/iPhone|iPad|iPod/.test(agent) || (/Macintosh/.test(agent) && navigator.maxTouchPoints > 1)) return "ios";
  if (/Android/.test(agent)) return "android";
  if (/Windows NT|Macintosh|X11|CrOS/.test(agent) && !/Mobi/.test(agent)) return "desktop";
  return null;
}

/** Marks the guide that fits this device; the reader can still pick any other. */
export function PlatformSuggestion({ names }: { names: Record<string, string> }) {
  const [suggested, setSuggested] = useState<Suggestable | null>(null);

  useEffect(() => {
    const platform = platformFromBrowser();
    // The browser's own description of itself is known only in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSuggested(platform);
  }, []);

  if (!suggested) return null;
  return (
    <p className="mt-4 rounded-md border border-slate-400 px-4 py-3">
      {uiText.guide.suggested(names[suggested])}{" "}
      <a href={`/guide/${suggested}`} className="font-semibold underline underline-offset-4">
        {names[suggested]}
      </a>
    </p>
  );
}
