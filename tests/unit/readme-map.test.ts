import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

/**
 * The READMEs are the map a new maintainer or writer follows: every file and folder they name in
 * backticks (`lib/i18n.ts`, `app/(en)/…`, `guide/<platform>.yaml`, `citations.ts`) must be there. A name
 * is looked for from the repository's root, then from the folders it is usually written relative to
 * (a bare file name anywhere in the sources). What a build or a tool writes is not in the repository.
 */
const root = path.resolve(import.meta.dirname, "../..");
const readmes = ["README.md", "content/README.md"];
const baseFolders = ["", "content", "lib", "app", "components", "scripts", "tests"];
const sourceFolders = ["app", "components", "content", "deploy", "lib", "public", "scripts", "tests", ".ci"];
/** Written by `npm run build`, `npm run bench`, `next dev` or the MDX cache, or served at that address from out/. */
const generated = [/^out\//, /^bench-results\//, /^\.next\//, /^node_modules\/\.cache\//, /^og\//, /^data\/[\w.-]+\.json$/, /^(feed\.xml|robots\.txt|sitemap\.xml|index\.html)$/];
const fileName = /^[\w.<>…*@-]+\.(ts|tsx|mts|mjs|js|json|ya?ml|mdx?|css|conf|svg)$/;
const pathName = /^\.?[\w()[\]<>…*@.-]+(\/[\w()[\]<>…*@.-]*)+$/;

/** A name's segment as a pattern: <placeholder> and * stand for one name, … for anything. */
function segmentPattern(segment: string): RegExp {
  const escaped = segment.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/<[^>]+>/g, "[^/]+").replace(/\*/g, "[^/]*").replace(/…/g, ".*")}$`);
}

/** Whether `segments` names something under `dir`, placeholders matching any name. */
function matches(dir: string, segments: string[]): boolean {
  if (segments.length === 0 || (segments.length === 1 && segments[0] === "")) return existsSync(dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  const [first, ...rest] = segments;
  if (first === "…") return true;
  const pattern = segmentPattern(first);
  return readdirSync(dir).some((name) => pattern.test(name) && matches(path.join(dir, name), rest));
}

function filesNamed(dir: string, pattern: RegExp): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? entry.name !== "node_modules" && filesNamed(path.join(dir, entry.name), pattern) : pattern.test(entry.name),
  );
}

/** The backticked names in a Markdown file that look like a file or folder of the repository. */
function namedPaths(markdown: string): string[] {
  const names = [...markdown.matchAll(/`([^`\s]+)`/g)].map((found) => found[1]);
  return [...new Set(names)].filter((name) => {
    if (generated.some((pattern) => pattern.test(name))) return false;
    if (fileName.test(name)) return true;
    if (!pathName.test(name)) return false;
    // A package's name (`next/og`, `@fontsource/noto-sans-jp`) is no folder here.
    const first = name.split("/")[0];
    return baseFolders.some((base) => existsSync(path.join(root, base, first)));
  });
}

function exists(name: string): boolean {
  if (!name.includes("/")) return sourceFolders.some((folder) => filesNamed(path.join(root, folder), segmentPattern(name))) || existsSync(path.join(root, name));
  return baseFolders.some((base) => matches(path.join(root, base), name.split("/")));
}

for (const readme of readmes) {
  test(`every file and folder ${readme} names is in the repository`, () => {
    const names = namedPaths(readFileSync(path.join(root, readme), "utf8"));
    expect(names.length, "the README names files").toBeGreaterThan(5);
    expect(names.filter((name) => !exists(name))).toEqual([]);
  });
}

test("the check notices a name that is not there", () => {
  expect(namedPaths("See `app/_routes/no-such-page.tsx`, `lib/nothing-here.ts` and `next/og`.").filter((name) => !exists(name))).toEqual([
    "app/_routes/no-such-page.tsx",
    "lib/nothing-here.ts",
  ]);
  expect(exists("app/(en)/…")).toBe(true);
  expect(exists("guide/<platform>.yaml")).toBe(true);
});
