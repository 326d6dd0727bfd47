/**
 * The colours of the three answers, defined once: the site's Tailwind theme takes them through
 * app/status-colours.tailwind.ts (classes such as `border-status-excluded`), and the social images,
 * drawn by next/og without CSS, take the light ones from here.
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
  excluded: { border: "#047857", surface: "#ecfdf5", ink: "#064e3b", darkBorder: "#34d399", darkSurface: "#022c22" },
  uncertain: { border: "#b45309", surface: "#fffbeb", ink: "#78350f", darkBorder: "#fbbf24", darkSurface: "#451a03" },
};
