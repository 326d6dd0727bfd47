export declare const KB: number;
export declare function median(values: number[]): number;
export interface MeasuredRoute {
  path: string;
  mobile: { scores: Record<string, number>; cls: number; transfer: { total: number } };
  desktop: { cls: number };
  ownJavaScriptBytes: number;
}
export interface Budgets {
  mobileScores: Record<string, number>;
  cls: number;
  ownJavaScriptKb: number;
  totalTransferKb: Record<string, number>;
}
export declare function budgetMisses(route: MeasuredRoute, budgets: Budgets): string[];
export declare function table(header: string[], rows: (string | number)[][]): string;
export declare function kb(bytes: number): string;
