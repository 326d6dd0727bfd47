export type ResponseKind = "page" | "file" | "map";
export declare const pageHeaderPolicy: string;
export declare const filePolicy: string;
export declare const mapFilePolicy: string;
export declare function pageScriptPolicy(inlineScriptHashes: string[]): string;
export declare const commonHeaders: { key: string; value: string }[];
export declare function securityHeaders(kind: ResponseKind): { key: string; value: string }[];
