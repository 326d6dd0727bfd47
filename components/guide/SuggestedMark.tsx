"use client";

import { island } from "@/components/Island";
import { platformFromUserAgent } from "@/lib/device-platform";
import type { GuidePlatformId } from "@/lib/schemas";
import { useBrowserState } from "@/components/hooks/use-browser-state";

const readPlatform = () => platformFromUserAgent(navigator.userAgent, navigator.maxTouchPoints);

/**
 * "Suggested for this device" on the guide that fits the browser (never guessed from the network).
 * It is laid out in every card from the start and only made visible, so nothing moves when it shows.
 */
function SuggestedMarkIsland({ platform, label }: { platform: GuidePlatformId; label: string }) {
  const suggested = useBrowserState(readPlatform, null);
  return (
    <span data-suggested={suggested === platform ? "" : undefined} className={suggested === platform ? "font-semibold" : "invisible"}>
      {label}
    </span>
  );
}

export const SuggestedMark = island(SuggestedMarkIsland);
