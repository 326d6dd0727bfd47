export declare const DEBIAN_CHROMIUM: string;
export declare function chromiumPath(): string | undefined;
export declare const chromiumArgs: string[];
export declare const DEBIAN_FIREFOX: string;
export declare function firefoxPath(): string;
export declare const webkitDriverPath: string;
export declare const miniBrowserPath: string;
