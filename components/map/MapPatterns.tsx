/**
 * The patterns that mark "left out" (stripes) and "not known" (dots), so no status is told by colour
 * alone; their colours come from components/map/world-map.css, for light and dark. The small set is
 * for the story's small maps, where the big set's lines would blur.
 */
export function MapPatterns() {
  return (
    <defs>
      <pattern id="map-left-out" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect className="map-pattern-left-out-bg" width="4" height="4" />
        <path className="map-pattern-left-out-line" d="M1 0v4" />
      </pattern>
      <pattern id="map-not-known" width="4" height="4" patternUnits="userSpaceOnUse">
        <rect className="map-pattern-not-known-bg" width="4" height="4" />
        <circle className="map-pattern-not-known-dot" cx="2" cy="2" r="0.9" />
      </pattern>
      <pattern id="map-left-out-small" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect className="map-pattern-left-out-bg" width="12" height="12" />
        <path className="map-pattern-left-out-line" d="M3 0v12" strokeWidth="3.5" />
      </pattern>
      <pattern id="map-not-known-small" width="11" height="11" patternUnits="userSpaceOnUse">
        <rect className="map-pattern-not-known-bg" width="11" height="11" />
        <circle className="map-pattern-not-known-dot" cx="5.5" cy="5.5" r="2.6" />
      </pattern>
    </defs>
  );
}
