/**
 * The one formatter of the interface's messages, ICU MessageFormat (`{place}`, `{count, plural, one {…}
 * other {…}}`, `{tense, select, now {…} other {…}}`) through intl-messageformat, on the server and in
 * the browser alike. The server formats a message from its text; a client island gets its messages
 * compiled (parsed on the server by `compileMessage`), so the browser never loads the parser: only the
 * formatter and the language's Intl.PluralRules.
 */
import { IntlMessageFormat } from "intl-messageformat";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/** A message parsed on the server, as an island receives it in its props. */
export type CompiledMessage = MessageFormatElement[];
export type MessageValues = Readonly<Record<string, string | number>>;

/** `<` is a character, not a tag: "/sources#<id>" is text. */
const options = { ignoreTag: true } as const;

const fromText = new Map<string, IntlMessageFormat>();
const fromCompiled = new WeakMap<CompiledMessage, Map<string, IntlMessageFormat>>();

function formatterFor(locale: string, message: string | CompiledMessage): IntlMessageFormat {
  if (typeof message === "string") {
    const key = `${locale}\u0000${message}`;
    let formatter = fromText.get(key);
    if (!formatter) {
      formatter = new IntlMessageFormat(message, locale, undefined, options);
      fromText.set(key, formatter);
    }
    return formatter;
  }
  let byLocale = fromCompiled.get(message);
  if (!byLocale) {
    byLocale = new Map();
    fromCompiled.set(message, byLocale);
  }
  let formatter = byLocale.get(locale);
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale, undefined, options);
    byLocale.set(locale, formatter);
  }
  return formatter;
}

/** A message with its values filled in, in `locale` (plural categories, numbers). */
export function formatIcu(locale: string, message: string | CompiledMessage, values: MessageValues = {}): string {
  const result = formatterFor(locale, message).format<string>(values);
  return Array.isArray(result) ? result.join("") : String(result);
}
