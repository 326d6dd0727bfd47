import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

/**
 * Every module in lib/ stays small enough to read in one sitting: at most 300 lines. A module that
 * grows past it is split by what its parts do (as lib/content/ is, one reader per content type).
 */
const root = path.resolve(import.meta.dirname, "../..");
const maxLines = 300;

function modules(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const name = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return modules(name);
    return /\.(ts|tsx|mts|mjs|js)$/.test(entry.name) ? [name] : [];
  });
}

const lineCount = (file: string) => readFileSync(path.join(root, file), "utf8").trimEnd().split("\n").length;

test(`every module in lib/ is at most ${maxLines} lines`, () => {
  const found = modules("lib");
  expect(found.length).toBeGreaterThan(20);
  const tooLong = found.filter((file) => lineCount(file) > maxLines).map((file) => `${file}: ${lineCount(file)} lines`);
  expect(tooLong).toEqual([]);
});
