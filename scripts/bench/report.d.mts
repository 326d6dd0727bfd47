export declare const KB: number;
export declare const servers: string[];
export declare const modes: string[];
export declare function median(values: number[]): number;
export interface LighthouseSummary {
  scores: Record<string, number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transfer: { total: number; [type: string]: number };
}
export interface MeasuredRoute {
  path: string;
  status?: number;
  /** By server ("npm start", "nginx"), then by mode ("mobile", "desktop"). */
  results: Record<string, Record<string, LighthouseSummary>>;
  /** The same page with every script removed, served by `npm start`'s server, by mode. */
  limit: Record<string, LighthouseSummary>;
  ownJavaScriptBytes: number;
}
export interface Budgets {
  mobileScores: Record<string, number>;
  lcpMs: number;
  lcpOverLimit: number;
  tbtMs: number;
  cls: number;
  ownJavaScriptKb: number;
}
export declare function budgetMisses(route: MeasuredRoute, budgets: Budgets): string[];
export declare function table(header: string[], rows: (string | number)[][]): string;
export declare function kb(bytes: number): string;
