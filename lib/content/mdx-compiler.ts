/**
 * Compiles MDX with mdx-bundler, one compile at a time (parallel esbuild compiles exhaust memory on
 * a small machine), and keeps the output in a cache keyed by the hash of the source, in memory and on
 * disk, so an unchanged file is never compiled twice. The same compile reads the syntax tree
 * (lib/content/mdx-analysis.ts), and the cache keeps what it read beside the code.
 */
import "server-only";
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { emptyAnalysis, remarkAnalyseMdx, type MdxAnalysis } from "./mdx-analysis";

/** Bump when the compile options or the analysis change, so old cache entries are not reused. */
const COMPILER_VERSION = "mdx-bundler@10.1.1+gfm+analysis/2";

export interface CompiledMdx {
  code: string;
  analysis: MdxAnalysis;
}

export interface CompileStats {
  compiled: number;
  fromMemory: number;
  fromDisk: number;
}

/** Turns an MDX body into a compiled module; replaceable in tests. */
export type BundleMdx = (body: string) => Promise<CompiledMdx>;

export const bundleWithMdxBundler: BundleMdx = async (body) => {
  const analysis = emptyAnalysis();
  const result = await bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkAnalyseMdx(analysis)];
      return options;
    },
  });
  return { code: result.code, analysis };
};

export class MdxCompiler {
  private readonly memory = new Map<string, Promise<CompiledMdx>>();
  private queue: Promise<unknown> = Promise.resolve();
  readonly stats: CompileStats = { compiled: 0, fromMemory: 0, fromDisk: 0 };

  constructor(
    private readonly cacheDir: string | null,
    private readonly bundle: BundleMdx = bundleWithMdxBundler,
  ) {}

  /** The compiled module and what the compile read, for an MDX body (frontmatter already removed). */
  compile(body: string, file: string): Promise<CompiledMdx> {
    const key = createHash("sha256").update(COMPILER_VERSION).update("\0").update(body).digest("hex");
    const known = this.memory.get(key);
    if (known) {
      this.stats.fromMemory += 1;
      return known;
    }
    const pending = this.fromDiskOrCompile(key, body, file);
    this.memory.set(key, pending);
    pending.catch(() => this.memory.delete(key));
    return pending;
  }

  private async fromDiskOrCompile(key: string, body: string, file: string): Promise<CompiledMdx> {
    const cached = await this.readDisk(key);
    if (cached !== null) {
      this.stats.fromDisk += 1;
      return cached;
    }
    const compiled = await this.enqueue(async () => {
      try {
        return await this.bundle(body);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${file}: the MDX could not be compiled: ${reason}`);
      }
    });
    this.stats.compiled += 1;
    await this.writeDisk(key, compiled);
    return compiled;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readDisk(key: string): Promise<CompiledMdx | null> {
    if (!this.cacheDir) return null;
    try {
      const stored = JSON.parse(await readFile(path.join(this.cacheDir, `${key}.json`), "utf8")) as unknown;
      if (
        typeof stored === "object" && stored !== null &&
        "key" in stored && stored.key === key &&
        "code" in stored && typeof stored.code === "string" &&
        "analysis" in stored && typeof stored.analysis === "object" && stored.analysis !== null
      ) {
        return { code: stored.code, analysis: stored.analysis as MdxAnalysis };
      }
      return null;
    } catch {
      return null;
    }
  }

  private async writeDisk(key: string, compiled: CompiledMdx): Promise<void> {
    if (!this.cacheDir) return;
    await mkdir(this.cacheDir, { recursive: true });
    const target = path.join(this.cacheDir, `${key}.json`);
    // Write then rename, so a build worker never reads half a file written by another.
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, JSON.stringify({ key, ...compiled }));
    await rename(temporary, target);
  }
}
