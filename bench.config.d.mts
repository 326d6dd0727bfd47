import type { Budgets } from "./scripts/bench/report.mjs";

export declare const routes: { name: string; path: string; status?: number }[];
export declare const lighthouseRuns: number;
export declare const enlargedTimelineFactor: number;
export declare const budgets: Budgets;
