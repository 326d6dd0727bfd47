import type { Budgets } from "./scripts/bench/report.mjs";
export declare const routes: { name: string; path: string; optional?: boolean; status?: number }[];
export declare const lighthouseRuns: number;
export declare const serving: { path: string; connections: number; seconds: number; warmupSeconds: number };
export declare const enlargedTimelineFactor: number;
export declare const budgets: Budgets;
