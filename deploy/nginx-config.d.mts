export declare const hashedAssetCaching: string;
export declare const pageCaching: string;
export declare const notFoundCaching: string;
export declare const compressedTypes: string[];
export declare function siteConfig(): string;
export declare function mainConfig(options: {
  listen: string;
  root: string;
  siteConf: string;
  stateDir: string;
  statePrefix?: string;
  user?: string;
  workers?: string;
}): string;
export declare function deployFiles(): Record<string, string>;
export declare const fileExtensionPattern: string;
