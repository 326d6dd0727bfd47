import { mapPatterns, type MapPatternSet } from "@/lib/map/map-colours";

const patternId = { fine: { leftOut: "map-left-out", notKnown: "map-not-known" }, coarse: { leftOut: "map-left-out-small", notKnown: "map-not-known-small" } };

/**
 * The patterns that mark "left out" (stripes) and "not known" (dots) on the map of /region, so no
 * status is told by colour alone (shapes in lib/map/map-colours.ts; their colours come from
 * components/map/world-map.css, for light and dark).
 */
export function MapPatterns() {
  return (
    <defs>
      {(Object.keys(mapPatterns) as MapPatternSet[]).map((set) => {
        const { leftOut, notKnown } = mapPatterns[set];
        return [
          <pattern key={`${set}-left-out`} id={patternId[set].leftOut} width={leftOut.size} height={leftOut.size} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect className="map-pattern-left-out-bg" width={leftOut.size} height={leftOut.size} />
            <path className="map-pattern-left-out-line" d={leftOut.line} strokeWidth={leftOut.lineWidth} />
          </pattern>,
          <pattern key={`${set}-not-known`} id={patternId[set].notKnown} width={notKnown.size} height={notKnown.size} patternUnits="userSpaceOnUse">
            <rect className="map-pattern-not-known-bg" width={notKnown.size} height={notKnown.size} />
            <circle className="map-pattern-not-known-dot" cx={notKnown.size / 2} cy={notKnown.size / 2} r={notKnown.radius} />
          </pattern>,
        ];
      })}
    </defs>
  );
}
