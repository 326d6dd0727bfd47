/** The guide's words in every language, for its islands (which get the language as a prop). */
import type { Locale } from "../../i18n";
import { guide as ja } from "../ja/guide";
import { guide as en } from "../guide";
import type { Strings } from "../strings";

export const guideText: Record<Locale, Strings<typeof en>> = { en, ja };
