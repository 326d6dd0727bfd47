/**
 * What `npm run translations` prints: for each language with content, file by file, the parts that
 * show in English for now (new or changed English) and the translated parts whose English is gone.
 */
import "server-only";
import path from "node:path";
import { contentLanguages, loadSiteContent, type UntranslatedPart } from "./index";
import type { Locale } from "../i18n";

export interface LanguageReport {
  locale: Locale;
  /** Translation file → its parts, in the order the loader met them. */
  files: Map<string, UntranslatedPart[]>;
}

export async function translationReport(contentDir: string, cacheDir: string | null): Promise<LanguageReport[]> {
  const reports: LanguageReport[] = [];
  for (const locale of await contentLanguages(contentDir)) {
    if (locale === "en") continue;
    const content = await loadSiteContent({ contentDir, cacheDir, locale, displayRoot: path.dirname(contentDir) });
    const files = new Map<string, UntranslatedPart[]>();
    for (const part of content.untranslated) files.set(part.file, [...(files.get(part.file) ?? []), part]);
    reports.push({ locale, files });
  }
  return reports;
}

const REASONS: Record<UntranslatedPart["reason"], string> = {
  new: "new in English, not yet translated",
  changed: "English changed since it was translated",
  leftover: "left over",
};

export function formatReport(reports: LanguageReport[]): string {
  const lines: string[] = [];
  for (const { locale, files } of reports) {
    const count = [...files.values()].reduce((sum, parts) => sum + parts.length, 0);
    lines.push(`${locale}: ${count === 0 ? "every part translated" : `${count} part(s) in ${files.size} file(s) show in English or are left over`}`);
    for (const [file, parts] of files) {
      lines.push(`  ${file}${parts[0].english ? ` (translates ${parts[0].english})` : ""}`);
      for (const part of parts) lines.push(`    ${part.where}: ${REASONS[part.reason]}; ${part.record}`);
    }
  }
  return lines.join("\n");
}
