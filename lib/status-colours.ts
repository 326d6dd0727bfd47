/**
 * The colours of the three answers, defined once: the site's Tailwind theme takes them through
 * app/status-colours.tailwind.ts (classes such as `border-status-excluded`, and the world map's
 * stylesheet through theme()), and the social images, drawn by next/og without CSS, take the light
 * ones from here. Red, blue and purple rather than red and green, which many colour-blind readers
 * cannot tell apart; the map adds stripes and dots as well, so colour is never the only sign.
 */
import type { RegionStatus } from "./schemas";

export interface StatusColours {
  /** The accent: a verdict's edge, a card's stripe. */
  border: string;
  /** Behind the verdict. */
  surface: string;
  /** Text on the surface. */
  ink: string;
  /** The accent and the surface in dark mode. */
  darkBorder: string;
  darkSurface: string;
}

export const statusColours: Record<RegionStatus, StatusColours> = {
  "used-by-default": { border: "#b91c1c", surface: "#fef2f2", ink: "#7f1d1d", darkBorder: "#f87171", darkSurface: "#450a0a" },
  excluded: { border: "#1d4ed8", surface: "#eff6ff", ink: "#1e3a8a", darkBorder: "#60a5fa", darkSurface: "#172554" },
  uncertain: { border: "#7e22ce", surface: "#faf5ff", ink: "#581c87", darkBorder: "#d8b4fe", darkSurface: "#3b0764" },
};
