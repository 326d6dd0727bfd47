/** Parses a message on the server, for an island (see format.ts): the browser bundle has no parser. */
import { parse } from "@formatjs/icu-messageformat-parser";
import type { CompiledMessage } from "./format";

export function compileMessage(message: string): CompiledMessage {
  return parse(message, { ignoreTag: true });
}
