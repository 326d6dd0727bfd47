export declare const contentSecurityPolicy: string;
export declare const securityHeaders: { key: string; value: string }[];
