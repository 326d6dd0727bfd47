import { parse } from "@formatjs/icu-messageformat-parser";
export const f = (m) => parse(m);
