export declare function scriptHash(text: string): string;
export declare function deferredLoader(sources: string[]): string;
export declare function rewritePage(html: string): { html: string; deferred: string[]; hashes: string[] };
