export declare const readerStoragePrefix: string;
export declare const flightDirectory: string;
export declare const readerEvents: string[];
export declare const idleStartTimeoutMs: number;
export declare const idleStartFallbackMs: number;
export declare function scriptHash(text: string): string;
export declare function deferredLoader(sources: string[]): string;
export declare function rewritePage(html: string): {
  html: string;
  deferred: string[];
  flight: { path: string; text: string } | null;
  hashes: string[];
};
