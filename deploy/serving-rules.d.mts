export declare const hashedAssetCaching: string;
export declare const pageCaching: string;
export declare const notFoundCaching: string;
export declare const allowedMethods: string[];
export declare const longestPath: number;
export declare function isPagePath(pathname: string): boolean;
export declare function responseKind(pathname: string): "page" | "file";
export declare function responseHeaders(kind: "page" | "file", cacheControl: string): { key: string; value: string }[];
