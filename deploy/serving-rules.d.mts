import type { ResponseKind } from "../lib/security-headers.mjs";

export declare const mapFolder: string;
export declare const hashedAssetFolders: string[];
export declare const hashedAssetCaching: string;
export declare function isHashedAsset(pathname: string): boolean;
export declare const pageCaching: string;
export declare const notFoundCaching: string;
export declare const allowedMethods: string[];
export declare const longestPath: number;
export declare function isPagePath(pathname: string): boolean;
export declare function responseKind(pathname: string): ResponseKind;
export declare function responseHeaders(kind: ResponseKind, cacheControl: string): { key: string; value: string }[];
export declare const feedPath: string;
export declare const feedType: string;
export declare const languageSegmentPattern: string;
export declare function notFoundPageFor(pathname: string, hasPage: (page: string) => boolean): string;
