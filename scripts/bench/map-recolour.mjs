// `npm run bench:map`: how long the world map on /region takes to recolour for a new day, in
// Chromium, against the static export served by nginx (run `npm run build` first). It sets the
// date control to a new day many times, as a reader dragging it would, and times each change from
// the input event to the new colours being computed, and to the next frame. The budget is one
// frame: 16 ms. It also prints the gzipped weight of the pages that carry the maps and of the shapes
// file they draw them from, and of the map island's own JavaScript (budget 4 KB).
// BENCH_PORT moves its port (it uses BENCH_PORT + 5, default 3325).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as esbuild from "esbuild";
import { chromiumArgs, chromiumPath } from "../browser.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = Number(process.env.BENCH_PORT ?? 3320) + 5;
const origin = `http://127.0.0.1:${port}`;
const CHANGES = Number(process.env.MAP_BENCH_CHANGES ?? 120);
const BUDGET_MS = 16;

if (!existsSync(path.join(root, "out", "region.html"))) {
  console.error("bench:map: out/ has no site yet: run `npm run build` first.");
  process.exit(1);
}

/**
 * The map island's own JavaScript: MapExplorer and everything it imports but the framework, bundled and
 * minified on its own, gzipped. Next puts it in one route chunk with the place picker, so the chunk's
 * size cannot tell the two apart; this counts the island alone, shared helpers (dates, names) included.
 * @param {string} entry
 */
async function islandWeight(entry) {
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    external: ["react", "react-dom", "react/*", "react-dom/*", "next", "next/*"],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  return gzipSync(outputFiles[0].contents, { level: 9 }).length;
}

/** @param {string} file */
const gzipped = (file) => gzipSync(readFileSync(path.join(root, "out", file)), { level: 9 }).length;

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`bench:map: nginx did not answer on ${origin}`);
}

/** @param {number[]} values */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  /** @param {number} q */
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const server = spawn(process.execPath, [path.join(root, "scripts", "serve-static.mjs")], {
  env: { ...process.env, PORT: String(port), NGINX_WORKERS: "1" },
  stdio: "ignore",
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  await waitForServer();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/region`);
  // The framework starts at a reader's first interaction.
  await page.mouse.move(10, 10);
  const slider = page.getByRole("slider", { name: /Day shown on the map/ });
  await slider.waitFor();
  await page.waitForFunction(() => !/** @type {HTMLInputElement | null} */ (document.querySelector("input[type=range]"))?.disabled);

  const timings = await page.evaluate(async (changes) => {
    const input = /** @type {HTMLInputElement} */ (document.querySelector("input[type=range]"));
    // One colour slot's shapes: reading its colour makes the browser compute the new colours.
    const germany = /** @type {Element} */ (document.querySelector("svg[data-world-map] use.map-shape"));
    const setValue = /** @type {(this: HTMLInputElement, value: string) => void} */ (/** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")).set);
    const max = Number(input.max);
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const computed = [];
    const framed = [];
    for (let change = 0; change < changes; change += 1) {
      // Alternate between the two ends of the range, so each change recolours places.
      const value = change % 2 === 0 ? (change * 7) % Math.max(1, Math.floor(max / 3)) : max - ((change * 5) % Math.max(1, Math.floor(max / 3)));
      await nextFrame();
      const start = performance.now();
      setValue.call(input, String(value));
      input.dispatchEvent(new Event("input", { bubbles: true }));
      void getComputedStyle(germany).fill;
      computed.push(performance.now() - start);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      framed.push(performance.now() - start);
    }
    return { computed, framed };
  }, CHANGES);

  const computed = stats(timings.computed);
  const framed = stats(timings.framed);
  /**
   * @param {string} label
   * @param {ReturnType<typeof stats>} s
   */
  const row = (label, s) => `${label.padEnd(44)} ${s.median.toFixed(2).padStart(7)} ${s.p95.toFixed(2).padStart(7)} ${s.max.toFixed(2).padStart(7)}`;
  console.log(`World map recolour on /region, ${CHANGES} changes of day (ms)`);
  console.log(`${"".padEnd(44)} ${"median".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)}`);
  console.log(row("input event to new colours computed", computed));
  console.log(row("input event to the next animation frame", framed));
  console.log("");
  const shapesFile = readdirSync(path.join(root, "out", "map")).find((name) => name.endsWith(".svg"));
  console.log(`Gzipped HTML: /region ${gzipped("region.html")} bytes, / ${gzipped("index.html")} bytes; the shapes file they share (/map/${shapesFile}) ${gzipped(`map/${shapesFile}`)} bytes`);
  const island = await islandWeight("components/map/MapExplorer.tsx");
  console.log(`The map island's own JavaScript (MapExplorer and its imports, without the framework): ${island} bytes gzipped (budget 4,096)`);
  const verdict = computed.p95 < BUDGET_MS;
  console.log(verdict ? `Within the budget: p95 ${computed.p95.toFixed(2)} ms < ${BUDGET_MS} ms.` : `Over the budget: p95 ${computed.p95.toFixed(2)} ms >= ${BUDGET_MS} ms.`);
  process.exitCode = verdict ? 0 : 1;
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
