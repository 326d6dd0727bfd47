import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";

/**
 * The real build, run on a copy of the known-good fixture content with one file broken in each
 * content type: the build must fail, name that file and field, and blame nothing else.
 */

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/fixtures/good-content");
// One build folder for every case, so Next's compile cache makes the later builds quick.
const distDir = ".next-bad-content";
let workDir: string;
// `next build` adds its build folder's type paths to tsconfig.json; these builds must leave no trace.
const touchedByNext = ["tsconfig.json", "next-env.d.ts"];
const originals = new Map<string, string>();

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "bad-content-build-"));
  for (const file of touchedByNext) originals.set(file, await readFile(path.join(root, file), "utf8").catch(() => ""));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
  await rm(path.join(root, distDir), { recursive: true, force: true });
  for (const [file, text] of originals) if (text) await writeFile(path.join(root, file), text);
});

async function buildWith(file: string, change: (text: string) => string) {
  const contentDir = path.join(workDir, "content");
  await rm(contentDir, { recursive: true, force: true });
  await cp(fixture, contentDir, { recursive: true });
  const target = path.join(contentDir, file);
  const original = await readFile(target, "utf8");
  const broken = change(original);
  expect(broken, "the case must actually change the file").not.toBe(original);
  await writeFile(target, broken);
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The problem lines the loader printed: "  - content/<file>: <field> <problem>". */
function problems(output: string): string[] {
  const block = /\d+ problems? in content\/:\n((?:\s+- .*\n?)+)/.exec(output);
  return block ? [...new Set(block[1].trim().split("\n").map((line) => line.trim().replace(/^- /, "")))] : [];
}

test.each([
  ["the story", "story.mdx", (t: string) => t.replace("title: The fixture story\n", ""), 'content/story.mdx: field "title" is missing'],
  ["a timeline entry", "timeline/2024-09-20-statement.mdx", (t: string) => t.replace('"2024-09-20"', '"2024-09-31"'), 'content/timeline/2024-09-20-statement.mdx: field "date" must be a real date'],
  ["the sources", "sources.yaml", (t: string) => t.replace("confidence: C1", "confidence: R"), 'content/sources.yaml: field "sources[0].confidence" must be C1 or C2'],
  ["the regions", "regions/jurisdictions.yaml", (t: string) => t.replace('from: "2025-11-03"', 'from: "2025-10-01"'), 'content/regions/jurisdictions.yaml: field "jurisdictions[0].periods[1].from" overlaps the period before'],
  ["the guide", "guide/desktop.yaml", (t: string) => t.replace("illustration: toggle", "illustration: screenshot"), 'content/guide/desktop.yaml: field "steps[1].illustration" must be one of'],
  [
    "a timeline entry changed since its Japanese translation",
    "timeline/2024-09-20-statement.mdx",
    (t: string) => t.replace(/\n$/, " One more sentence.\n"),
    'content/ja/timeline/2024-09-20-statement.mdx: field "englishHash" is out of date: content/timeline/2024-09-20-statement.mdx has changed since it was translated',
  ],
])("a broken file in %s fails the build, naming its file and field and nothing else", async (_type, file, change, expected) => {
  const { status, output } = await buildWith(file, change);
  expect(status).not.toBe(0);
  const found = problems(output);
  expect(found).toHaveLength(1);
  expect(found[0]).toContain(expected);
});
