import { uiTextFor } from "../lib/ui-text";
import { mkdirSync, writeFileSync } from "node:fs";
const files: Record<string, string[]> = {
  about: ["about", "openData"], feed: ["feed", "socialCard"], guide: ["guide"], object: ["regulators", "objectPage"],
  region: ["region"], site: ["skipToContent", "nav", "footer", "theme", "language", "punctuation", "cite", "callout", "notFound"],
  sources: ["sources"], timeline: ["timeline", "timelineRegions"], map: ["map"],
};
const manual = new Set(["progress", "matches", "used-by-default", "excluded", "uncertain", "stepCount"]);
function convert(fn: Function, key: string): string {
  if (manual.has(key)) return "MANUAL";
  const params = fn.toString().match(/^\(([^)]*)\)/)![1].split(",").map((p) => p.trim().replace(/\d+$/, ""));
  const out: string = fn(...params.map((p) => `\u0001${p}\u0002`));
  return out.replace(/\u0001(\w+)\u0002/g, "{$1}");
}
for (const locale of ["en", "ja"] as const) {
  const t = uiTextFor(locale) as any;
  mkdirSync(`.tmp-measure/${locale}`, { recursive: true });
  for (const [file, keys] of Object.entries(files)) {
    const obj: any = {};
    for (const k of keys) obj[k] = t[k];
    const json = JSON.stringify(obj, function (key, value) { return typeof value === "function" ? convert(value, key) : value; }, 2);
    writeFileSync(`.tmp-measure/${locale}/${file}.json`, json + "\n");
  }
}
