/** The region checker's words in every language, for its islands (which get the language as a prop). */
import type { Locale } from "../../i18n";
import { region as ja } from "../ja/region";
import { region as en } from "../region";
import type { Strings } from "../strings";

export const regionText: Record<Locale, Strings<typeof en>> = { en, ja };
