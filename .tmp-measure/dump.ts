import { uiText, uiTextFor } from "../lib/ui-text";
import { writeFileSync } from "node:fs";
const files: Record<string, string[]> = {
  about: ["about", "openData"], feed: ["feed", "socialCard"], guide: ["guide"], object: ["regulators", "objectPage"],
  region: ["region"], site: ["skipToContent", "nav", "footer", "theme", "language", "punctuation", "cite", "callout", "notFound"],
  sources: ["sources"], timeline: ["timeline", "timelineRegions"], map: ["map"],
};
for (const locale of ["en", "ja"] as const) {
  const t = uiTextFor(locale) as any;
  for (const [file, keys] of Object.entries(files)) {
    const obj: any = {};
    for (const k of keys) obj[k] = t[k];
    const json = JSON.stringify(obj, (key, value) => (typeof value === "function" ? "FN " + value.toString() : value), 2);
    writeFileSync(`.tmp-measure/${locale}-${file}.json`, json + "\n");
  }
}
