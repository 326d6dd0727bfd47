import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, expect, test } from "vitest";
import { chromiumArgs, chromiumPath } from "../../scripts/browser.mjs";

/**
 * The writer's loop: `npm run dev` on a copy of the content (CONTENT_DIR); an edit shows on the next
 * page load, a mistake shows in the page with its file and field, and fixing it brings the page back,
 * all without a restart; a guide grown to 13 steps shows each of them. DEV_PORT sets the port (default 3230).
 */

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.DEV_PORT ?? 3230);
const origin = `http://127.0.0.1:${port}`;
// `next dev` may rewrite these; the test leaves no trace.
const touchedByNext = ["tsconfig.json", "next-env.d.ts"];
const originals = new Map<string, string>();
let workDir: string;
let contentDir: string;
let server: ChildProcess;
let serverOutput = "";

beforeAll(async () => {
  for (const file of touchedByNext) originals.set(file, await readFile(path.join(root, file), "utf8").catch(() => ""));
  workDir = await mkdtemp(path.join(os.tmpdir(), "dev-loop-"));
  contentDir = path.join(workDir, "content");
  await cp(path.join(root, "content"), contentDir, { recursive: true });
  server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "dev", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "development" },
    // Its own process group, so stopping it stops the workers it starts.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (serverOutput += chunk));
  server.stderr?.on("data", (chunk) => (serverOutput += chunk));
  await waitForServer();
}, 120_000);

afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
  }
  await rm(workDir, { recursive: true, force: true });
  for (const [file, text] of originals) if (text) await writeFile(path.join(root, file), text);
});

async function waitForServer() {
  const started = Date.now();
  while (Date.now() - started < 100_000) {
    if (server.exitCode !== null) throw new Error(`next dev stopped:\n${serverOutput}`);
    try {
      // "Ready" first: a server of someone else's on the same port must not pass for ours.
      if (serverOutput.includes("Ready")) {
        await fetch(`${origin}/robots.txt`);
        return;
      }
      throw new Error("not ready");
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`next dev did not answer on ${origin}:\n${serverOutput}`);
}

async function load(pathname: string): Promise<{ status: number; html: string; h1: string | null }> {
  const response = await fetch(`${origin}${pathname}`);
  const html = await response.text();
  return { status: response.status, html, h1: /<h1\b[^>]*>([^<]*)</.exec(html)?.[1] ?? null };
}

async function edit(file: string, change: (text: string) => string) {
  const target = path.join(contentDir, file);
  const before = await readFile(target, "utf8");
  const after = change(before);
  expect(after, "the edit must change the file").not.toBe(before);
  await writeFile(target, after);
}

test("an edit shows on the next page load; a mistake shows in the page, and clears when fixed", async () => {
  const first = await load("/about");
  expect(first.status).toBe(200);
  const title = first.h1!;

  await edit("about.mdx", (text) => text.replace(`title: ${title}`, `title: ${title}, edited`));
  expect((await load("/about")).h1).toBe(`${title}, edited`);

  await edit("about.mdx", (text) => text.replace(`title: ${title}, edited`, 'title: ""'));
  const broken = await load("/about");
  expect(broken.status).toBe(500);
  expect(broken.html).toContain("content/about.mdx: field");
  expect(broken.html).toContain("must not be empty");

  await edit("about.mdx", (text) => text.replace('title: ""', `title: ${title}`));
  const fixed = await load("/about");
  expect(fixed.status).toBe(200);
  expect(fixed.h1).toBe(title);
}, 120_000);

test("a YAML file's edit shows too, on every page that uses it", async () => {
  await edit("site.yaml", (text) => text.replace(/^tagline: (.*)$/m, "tagline: $1 (draft)"));
  for (const pathname of ["/", "/sources"]) expect((await load(pathname)).html).toContain("(draft)</span>");
}, 120_000);

test("a guide of any length: with 13 steps, #step-13 shows the 13th step, with and without JavaScript", async () => {
  // A writer adds steps to the desktop guide until it has 13 (the final check comes after them).
  await edit("guide/desktop.yaml", (text) => {
    const [head, rest] = text.split("\nfinalCheck:");
    const steps = head.split("\n  - id: ").slice(1).length;
    const added = Array.from({ length: 13 - steps }, (_, index) => {
      const number = steps + index + 1;
      return [
        `  - id: added-step-${number}`,
        `    title: Added step number ${number}`,
        `    text: Click **Me** again, for step ${number}.`,
        "    illustration: desktop-me",
        "    alt: A simplified LinkedIn top bar.",
        '    lastVerified: "2026-11-29"',
        "    sources: [techcrunch-2024-09-18]",
      ].join("\n");
    });
    return `${head}\n${added.join("\n")}\nfinalCheck:${rest}`;
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    for (const javaScriptEnabled of [true, false]) {
      const page = await browser.newPage({ javaScriptEnabled });
      // The route's first compile can take a minute on a busy two-core machine.
      await page.goto(`${origin}/guide/desktop#step-13`, { timeout: 120_000 });
      const heading = page.locator("#step-13-title");
      await expect.poll(() => heading.textContent(), { timeout: 60_000 }).toBe("Added step number 13");
      await expect.poll(() => heading.isVisible(), { timeout: 10_000 }).toBe(true);
      const shown = page.locator("[data-step] h3:visible");
      if (javaScriptEnabled) {
        // The stepper shows one step at a time: the 13th, as the address says, once its script runs.
        await expect.poll(() => page.locator("[data-stepper][data-current]").count(), { timeout: 120_000 }).toBe(1);
        await expect.poll(() => shown.allTextContents()).toEqual(["Added step number 13"]);
        expect(await page.locator("[data-progress]").textContent()).toContain("13 of 14");
      } else {
        // Without JavaScript the guide is one list of every step, and the address leads to the 13th.
        expect(await shown.count()).toBe(14);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}, 300_000);
