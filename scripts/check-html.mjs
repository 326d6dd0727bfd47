// The W3C Nu HTML Checker (vnu-jar, run with the system's Java) over every page in out/, in one
// JVM run. Each page is one check: it passes with zero errors. Warnings and notes are not errors.
// Run after `npm run build`: `node scripts/check-html.mjs`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { builtPages } from "./built-pages.mjs";

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/**
 * Checks the given HTML files; returns each file with its errors (message, line, column).
 * Throws when Java or the checker cannot run at all.
 * @param {string[]} files
 */
export function validateHtml(files) {
  const run = spawnSync("java", ["-jar", vnuJar, "--format", "json", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`check-html: cannot run java (${run.error.message}); on Debian: apt-get install -y default-jre-headless`);
  // vnu writes its report to stderr.
  let report;
  try {
    report = JSON.parse(run.stderr);
  } catch {
    throw new Error(`check-html: vnu did not produce a report:\n${run.stderr}${run.stdout}`);
  }
  /** @type {Map<string, { message: string; line: number; column: number }[]>} */
  const byFile = new Map(files.map((file) => [path.resolve(file), []]));
  for (const message of report.messages) {
    if (message.type !== "error" && message.type !== "non-document-error") continue;
    const file = message.url ? fileURLToPath(message.url) : null;
    const errors = (file && byFile.get(file)) ?? null;
    const entry = { message: message.message, line: message.lastLine, column: message.firstColumn ?? message.lastColumn };
    if (errors) errors.push(entry);
    else throw new Error(`check-html: an error outside the checked files: ${JSON.stringify(message)}`);
  }
  return [...byFile].map(([file, errors]) => ({ file, errors }));
}

/** Prints each page's errors; returns { passed, failed } counting one check per page. */
export function checkBuiltHtml() {
  const pages = builtPages();
  if (pages.length === 0) throw new Error("check-html: out/ has no pages: run `npm run build` first");
  const results = validateHtml(pages.map((page) => page.file));
  let failed = 0;
  for (const { file, errors } of results) {
    if (errors.length === 0) continue;
    failed += 1;
    console.log(`✘ ${path.relative(process.cwd(), file)}`);
    for (const error of errors) console.log(`    line ${error.line}, column ${error.column}: ${error.message}`);
  }
  const passed = results.length - failed;
  console.log(`HTML checker: ${passed} of ${results.length} pages have no errors`);
  return { passed, failed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { failed } = checkBuiltHtml();
  process.exit(failed === 0 ? 0 : 1);
}
