import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect } from "vitest";

/**
 * Real `next build` runs on a copy of the known-good fixture content, edited by each case: shared by
 * the broken-content builds and the writer's-edits builds. Each suite gets its own build folder, so
 * Next's compile cache makes its later builds quick, and leaves no trace in the project.
 */
export const root = path.resolve(import.meta.dirname, "../..");
export const fixture = path.join(root, "tests/fixtures/good-content");
// `next build` adds its build folder's type paths to tsconfig.json; these builds must leave no trace.
const touchedByNext = ["tsconfig.json", "next-env.d.ts"];

export interface ContentBuild {
  /** The content copy the last build used. */
  contentDir(): string;
  /** Copies the fixture, applies the edits (file → change), builds; the build's exit status and output. */
  build(edits: Record<string, (text: string) => string>, add?: Record<string, string>): Promise<{ status: number | null; output: string; outDir: string }>;
}

export function contentBuilds(distDir: string): ContentBuild {
  let workDir = "";
  const originals = new Map<string, string>();
  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "content-build-"));
    for (const file of touchedByNext) originals.set(file, await readFile(path.join(root, file), "utf8").catch(() => ""));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    await rm(path.join(root, distDir), { recursive: true, force: true });
    for (const [file, text] of originals) if (text) await writeFile(path.join(root, file), text);
  });
  const contentDir = () => path.join(workDir, "content");
  return {
    contentDir,
    async build(edits, add = {}) {
      await rm(contentDir(), { recursive: true, force: true });
      await cp(fixture, contentDir(), { recursive: true });
      for (const [file, change] of Object.entries(edits)) {
        const target = path.join(contentDir(), file);
        const original = await readFile(target, "utf8");
        const changed = change(original);
        expect(changed, `the case must actually change ${file}`).not.toBe(original);
        await writeFile(target, changed);
      }
      for (const [file, text] of Object.entries(add)) await writeFile(path.join(contentDir(), file), text);
      const outDir = path.join(workDir, "out");
      await rm(outDir, { recursive: true, force: true });
      const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: contentDir(), NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
        encoding: "utf8",
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: path.join(root, distDir) };
    },
  };
}

/** The problem lines the loader printed: "  - content/<file>: <field> <problem>". */
export function problems(output: string): string[] {
  const block = /\d+ problems? in content\/:\n((?:\s+- .*\n?)+)/.exec(output);
  return block ? [...new Set(block[1].trim().split("\n").map((line) => line.trim().replace(/^- /, "")))] : [];
}
