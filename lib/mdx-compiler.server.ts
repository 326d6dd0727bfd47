/**
 * Compiles MDX with mdx-bundler, one compile at a time (parallel esbuild compiles
 * exhaust memory on a small machine), and keeps the output in a cache keyed by the
 * hash of the source, in memory and on disk, so an unchanged file is never compiled twice.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import { remarkHeadingIds } from "./mdx-heading-ids";

/** Bump when the compile options change, so old cache entries are not reused. */
const COMPILER_VERSION = "mdx-bundler@10.1.1+gfm+heading-ids+slug/1";

export interface CompileStats {
  compiled: number;
  fromMemory: number;
  fromDisk: number;
}

export class MdxCompiler {
  private readonly memory = new Map<string, Promise<string>>();
  private queue: Promise<unknown> = Promise.resolve();
  readonly stats: CompileStats = { compiled: 0, fromMemory: 0, fromDisk: 0 };

  constructor(private readonly cacheDir: string | null) {}

  /** Returns the compiled module code for an MDX body (frontmatter already removed). */
  compile(body: string, file: string): Promise<string> {
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

  private async fromDiskOrCompile(key: string, body: string, file: string): Promise<string> {
    const cached = await this.readDisk(key);
    if (cached !== null) {
      this.stats.fromDisk += 1;
      return cached;
    }
    const code = await this.enqueue(() => this.bundle(body, file));
    this.stats.compiled += 1;
    await this.writeDisk(key, code);
    return code;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async bundle(body: string, file: string): Promise<string> {
    try {
      const result = await bundleMDX({
        source: body,
        mdxOptions(options) {
          options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkHeadingIds];
          options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
          return options;
        },
      });
      return result.code;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${file}: the MDX could not be compiled: ${reason}`);
    }
  }

  private async readDisk(key: string): Promise<string | null> {
    if (!this.cacheDir) return null;
    try {
      const stored = JSON.parse(await readFile(path.join(this.cacheDir, `${key}.json`), "utf8")) as unknown;
      if (
        typeof stored === "object" && stored !== null &&
        "key" in stored && stored.key === key &&
        "code" in stored && typeof stored.code === "string"
      ) {
        return stored.code;
      }
      return null;
    } catch {
      return null;
    }
  }

  private async writeDisk(key: string, code: string): Promise<void> {
    if (!this.cacheDir) return;
    await mkdir(this.cacheDir, { recursive: true });
    const target = path.join(this.cacheDir, `${key}.json`);
    // Write then rename, so a build worker never reads half a file written by another.
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, JSON.stringify({ key, code }));
    await rename(temporary, target);
  }
}
