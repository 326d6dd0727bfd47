// @ts-check
/**
 * npm run translations: lists, language by language and file by file, what shows in English for now
 * (a new or changed English part) and what a translation has left over. Always exits 0 when content/
 * can be read: a stale translation never blocks publishing. A broken content file is printed, exit 1.
 */
import path from "node:path";
import { importTs } from "./import-ts.mjs";

const root = path.resolve(import.meta.dirname, "..");
const contentDir = path.resolve(process.env.CONTENT_DIR ?? path.join(root, "content"));
const { translationReport, formatReport } = await importTs("lib/content/translation-report.ts");
try {
  console.log(formatReport(await translationReport(contentDir, path.join(root, "node_modules", ".cache", "default-on-mdx"))));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
