export interface MapLegendProps {
  heading: string;
  labels: { "used-by-default": string; excluded: string; uncertain: string; neutral: string };
  note: string;
}

const swatches = ["used-by-default", "excluded", "uncertain", "neutral"] as const;

/** The map's key: each status's colour and pattern, with its name in words. */
export function MapLegend({ heading, labels, note }: MapLegendProps) {
  return (
    <div className="mt-3">
      <p className="m-0 font-semibold">{heading}</p>
      <ul className="m-0 flex list-none flex-wrap gap-x-5 gap-y-1 p-0">
        {swatches.map((swatch) => (
          <li key={swatch} className="flex items-center gap-2">
            <svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" className="shrink-0">
              <rect className={`map-swatch-${swatch} map-shape`} x="0.5" y="0.5" width="27" height="17" />
            </svg>
            {labels[swatch]}
          </li>
        ))}
      </ul>
      <p className="mt-2 mb-0 text-sm text-slate-700 dark:text-slate-300">{note}</p>
    </div>
  );
}
