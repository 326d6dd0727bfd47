export declare const outDir: string;
export declare function builtPages(out?: string): { route: string | null; file: string }[];
export declare function builtRoutes(out?: string): string[];
export declare function builtStaticAssets(out?: string): string[];
