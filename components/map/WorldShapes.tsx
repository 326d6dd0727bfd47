import type { ReactNode } from "react";
import type { WorldGeometry } from "@/lib/map/world-geometry.server";

export interface WorldShapesProps {
  geometry: WorldGeometry;
  /** Each jurisdiction's colour slot, by jurisdiction id. */
  slots: Readonly<Record<string, number>>;
  /**
   * Every place a link to its page: for the pointer only, not a tab stop (the search box and the list
   * of places are the keyboard's way in). Without, the shapes are a picture.
   */
  links?: boolean;
  dotRadius?: number;
  /** The target around each dot, in map units, when the places are links: it takes the tap, and is drawn on top. */
  hitRadius?: number;
  /** Where a place's page is, before its code: "/region/", or "/ja/region/" on a Japanese page. */
  regionPath?: string;
}

/**
 * The world's shapes and dots, grouped by colour slot: the group's class fills them (fill and stroke
 * are inherited), so each shape costs little more than its path (see world-map.css).
 */
export function WorldShapes({ geometry, slots, links = false, dotRadius = 3.2, hitRadius = 9, regionPath = "/region/" }: WorldShapesProps) {
  const slotOf = (jurisdiction: string) => slots[jurisdiction];
  const usedSlots = [...new Set(Object.values(slots))].sort((a, b) => a - b);
  const link = (code: string, children: ReactNode) =>
    links ? (
      <a key={code} href={`${regionPath}${code.toLowerCase()}`} tabIndex={-1}>
        {children}
      </a>
    ) : (
      children
    );
  return (
    <>
      <path className="map-sphere" d={geometry.sphere} />
      <path className="map-neutral" d={geometry.neutral.d} />
      {usedSlots.map((slot) => (
        <g key={`shapes-${slot}`} className={`map-shape map-s${slot}`}>
          {geometry.shapes
            .filter((shape) => slotOf(shape.jurisdiction) === slot)
            .map((shape) => link(shape.code, <path key={shape.code} d={shape.d} />))}
        </g>
      ))}
      {usedSlots.map((slot) => (
        <g key={`dots-${slot}`} className={`map-dot map-s${slot}`}>
          {geometry.dots
            .filter((dot) => slotOf(dot.jurisdiction) === slot)
            .map((dot) => (
              <circle key={dot.code} cx={dot.x} cy={dot.y} r={dotRadius} />
            ))}
        </g>
      ))}
      {links ? (
        <g className="map-hit">
          {geometry.dots.map((dot) => (
            <a key={dot.code} href={`${regionPath}${dot.code.toLowerCase()}`} tabIndex={-1}>
              <circle cx={dot.x} cy={dot.y} r={hitRadius} />
            </a>
          ))}
        </g>
      ) : null}
    </>
  );
}
