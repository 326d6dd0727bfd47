export declare const pageHeaderPolicy: string;
export declare const filePolicy: string;
export declare function pageScriptPolicy(inlineScriptHashes: string[]): string;
export declare const commonHeaders: { key: string; value: string }[];
export declare function securityHeaders(kind: "page" | "file"): { key: string; value: string }[];
