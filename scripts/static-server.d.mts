import type { IncomingMessage, Server, ServerResponse } from "node:http";
export declare function normalizedPath(rawPath: string): string | null;
export declare function siteHandler(out: string): (request: IncomingMessage, response: ServerResponse) => void;
export declare function createStaticServer(out: string): Server;
