import { spawn } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import writeContentSnapshot from "../e2e/global-setup";

const root = path.resolve(import.meta.dirname, "../..");

/** The port of the `npm start` the engines read from: ENGINES_PORT, else two above E2E_PORT (3212). */
export const enginesPort = Number(process.env.ENGINES_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 2);

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
  }
}

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(origin)).ok;
  } catch {
    return false;
  }
}

/**
 * Reads the content the journeys check against (as the Playwright suite does), and starts
 * `npm start` (scripts/start.mjs: it builds first if the build is missing or stale) for the suite.
 */
export default async function setup(project: TestProject) {
  await writeContentSnapshot();
  const origin = `http://127.0.0.1:${enginesPort}`;
  if (await answers(origin)) throw new Error(`Something already answers on ${origin}: set ENGINES_PORT to a free port.`);
  const server = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(enginesPort) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  };
  // A build (when out/ is missing or stale) takes minutes on two busy cores.
  const deadline = Date.now() + 600_000;
  while (!(await answers(origin))) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not answer on ${origin} within 10 minutes`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide("origin", origin);
  return stop;
}
