// What a build costs: wall time and the peak memory of the build and every process it starts,
// sampled from /proc. And the enlarged content copy the bench builds for comparison.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const pageSize = 4096;

/**
 * Resident memory of a process and all its descendants, in bytes (Linux /proc).
 * @param {number} rootPid
 */
function treeResidentBytes(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {Map<number, number>} */
  const resident = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses: the fields after it start past the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = Number(fields[1]);
      const pid = Number(name);
      if (!children.has(parent)) children.set(parent, []);
      /** @type {number[]} */ (children.get(parent)).push(pid);
      resident.set(pid, Number(readFileSync(`/proc/${name}/statm`, "utf8").split(" ")[1]) * pageSize);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = /** @type {number} */ (stack.pop());
    total += resident.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `npm run build` with extra environment; returns its wall time and peak memory over all its processes.
 * @param {string} root
 * @param {Record<string, string>} [env]
 * @returns {Promise<{ seconds: number; peakMemoryBytes: number }>}
 */
export function measuredBuild(root, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const build = spawn("npm", ["run", "build"], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    build.stdout.on("data", (chunk) => (output += chunk));
    build.stderr.on("data", (chunk) => (output += chunk));
    let peakBytes = 0;
    const sample = () => (peakBytes = Math.max(peakBytes, treeResidentBytes(/** @type {number} */ (build.pid))));
    const sampler = setInterval(sample, 100);
    build.on("exit", (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`bench: the build failed (${code}):\n${output}`));
      else resolve({ seconds: Number(seconds.toFixed(1)), peakMemoryBytes: peakBytes });
    });
  });
}

/**
 * A copy of content/ in a temporary folder with `factor` times the timeline entries: each entry
 * duplicated with a new slug, and a line added to its body so every copy is compiled, not served
 * from the MDX cache. Returns the folder and the entry count.
 */
/**
 * The languages content/ has translations for: its two-letter folders.
 * @param {string} contentDir
 */
function translatedLanguages(contentDir) {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name))
    .map((entry) => entry.name);
}

/**
 * @param {string} contentDir
 * @param {number} factor
 */
export function enlargedContent(contentDir, factor) {
  const copy = mkdtempSync(path.join(os.tmpdir(), "default-on-content-x10-"));
  cpSync(contentDir, copy, { recursive: true });
  const timeline = path.join(copy, "timeline");
  const originals = readdirSync(timeline).filter((name) => name.endsWith(".mdx"));
  for (const name of originals) {
    const text = readFileSync(path.join(timeline, name), "utf8");
    for (let n = 2; n <= factor; n += 1) {
      const duplicate = text
        .replace(/^slug: (.+)$/m, `slug: $1-copy-${n}`)
        .replace(/^title: (["']?)(.+)\1$/m, (line, quote, title) => `title: ${quote}${title} (copy ${n})${quote}`);
      if (duplicate === text) throw new Error(`bench: could not give ${name} a new slug`);
      const english = `${duplicate.trimEnd()}\n\nBenchmark copy ${n} of this entry.\n`;
      const copyName = name.replace(/\.mdx$/, `-copy-${n}.mdx`);
      writeFileSync(path.join(timeline, copyName), english);
      // Each language's translation of the copy, recording the copy's hash (lib/content/translations.ts).
      for (const language of translatedLanguages(copy)) {
        // The copy's title and added sentence are new English: they show in English, marked, as a writer's new entry would.
        const translated = readFileSync(path.join(copy, language, "timeline", name), "utf8");
        writeFileSync(path.join(copy, language, "timeline", copyName), `${translated.trimEnd()}\n\nBenchmark copy ${n}.\n`);
      }
    }
  }
  return { dir: copy, entries: originals.length * factor };
}
