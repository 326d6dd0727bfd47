/**
 * The world map's colours, in light and dark, defined once: the pages' maps take them through the
 * Tailwind theme (app/status-colours.tailwind.ts, then components/map/world-map.css), and the story's
 * small maps, which are the shapes file drawn as an image, take them from the file's own style
 * (lib/map/world-map-sprite.server.ts). The three answers' colours are lib/status-colours.ts's.
 */
import { statusColours } from "../status-colours";

export interface MapPalette {
  used: string;
  leftOut: string;
  /** The stripes across "left out". */
  leftOutLine: string;
  notKnown: string;
  /** The dots on "not known". */
  notKnownDot: string;
  /** Places the map does not answer for (disputed or unmapped areas). */
  neutral: string;
  /** Between neighbouring places. */
  border: string;
  /** The world's edge. */
  outline: string;
  /** Around the small places' dots. */
  dotRing: string;
}

export const mapPalette: Record<"light" | "dark", MapPalette> = {
  light: {
    used: statusColours["used-by-default"].border,
    leftOut: statusColours.excluded.border,
    leftOutLine: "#ffffff",
    notKnown: statusColours.uncertain.border,
    notKnownDot: "#ffffff",
    neutral: "#cbd5e1",
    border: "#ffffff",
    outline: "#94a3b8",
    dotRing: "#0f172a",
  },
  dark: {
    used: statusColours["used-by-default"].darkBorder,
    leftOut: statusColours.excluded.darkBorder,
    leftOutLine: "#0f172a",
    notKnown: statusColours.uncertain.darkBorder,
    notKnownDot: "#0f172a",
    neutral: "#475569",
    border: "#0f172a",
    outline: "#64748b",
    dotRing: "#f8fafc",
  },
};

/**
 * The patterns that mark "left out" (stripes) and "not known" (dots), so no status is told by colour
 * alone: a fine set for the big map, and a coarse one for maps drawn at under half a pixel per map
 * unit (the story's small maps, the big map on a narrow screen), where fine lines would blur.
 */
export const mapPatterns = {
  fine: { leftOut: { size: 4, line: "M1 0v4", lineWidth: 1.1 }, notKnown: { size: 4, radius: 0.9 } },
  coarse: { leftOut: { size: 12, line: "M3 0v12", lineWidth: 3.5 }, notKnown: { size: 11, radius: 2.6 } },
} as const;
export type MapPatternSet = keyof typeof mapPatterns;
