/**
 * Checks one language's messages against the English ones, key by key: the same keys (none missing,
 * none extra), the same kinds (text, list, group), lists of the same length with the same addresses
 * (`href` is not a word), and each message valid ICU with the same arguments as its English one.
 * Every problem names the language's file and the key, so a translator knows where to look.
 */
import { isStructurallySame, parse } from "@formatjs/icu-messageformat-parser";

export type MessageTree = { readonly [key: string]: MessageValue };
export type MessageValue = string | readonly MessageValue[] | MessageTree;

const kindOf = (value: unknown) => (typeof value === "string" ? "a text" : Array.isArray(value) ? "a list" : value && typeof value === "object" ? "a group of keys" : "not a message");

/**
 * @param fileOf the file a top-level key belongs to in the language's folder ("lib/ui-text/ja/guide.json").
 */
export function messageProblems(english: MessageTree, translated: MessageTree, fileOf: (topKey: string) => string): string[] {
  const problems: string[] = [];
  const at = (keyPath: string[]) => `${fileOf(keyPath[0])}: "${keyPath.join(".")}"`;

  function compare(en: MessageValue, other: unknown, keyPath: string[]): void {
    if (kindOf(en) !== kindOf(other)) {
      problems.push(other === undefined ? `${at(keyPath)} is missing (the English messages have it)` : `${at(keyPath)} must be ${kindOf(en)}, as in English, not ${kindOf(other)}`);
      return;
    }
    if (typeof en === "string") {
      compareMessages(en, other as string, keyPath);
    } else if (Array.isArray(en)) {
      const list = other as readonly MessageValue[];
      if (list.length !== en.length) problems.push(`${at(keyPath)} has ${list.length} items; the English has ${en.length}`);
      en.forEach((item, index) => index < list.length && compare(item, list[index], [...keyPath, String(index)]));
    } else {
      const group = other as MessageTree;
      const enGroup = en as MessageTree;
      for (const key of Object.keys(enGroup)) {
        if (key === "href") {
          if (group[key] !== enGroup[key]) problems.push(`${at([...keyPath, key])} must be the English address, "${String(enGroup[key])}"`);
        } else compare(enGroup[key], group[key], [...keyPath, key]);
      }
      for (const key of Object.keys(group)) {
        if (!(key in enGroup)) problems.push(`${at([...keyPath, key])} is not in the English messages (a misspelt key?)`);
      }
    }
  }

  function compareMessages(en: string, other: string, keyPath: string[]): void {
    let parsed;
    try {
      parsed = parse(other, { ignoreTag: true });
    } catch (error) {
      problems.push(`${at(keyPath)} is not a valid ICU message (${(error as Error).message}): ${other}`);
      return;
    }
    const same = isStructurallySame(parse(en, { ignoreTag: true }), parsed);
    if (!same.success) problems.push(`${at(keyPath)} must use the same arguments as the English "${en}" (${same.error?.message})`);
  }

  for (const key of Object.keys(english)) compare(english[key], translated[key], [key]);
  for (const key of Object.keys(translated)) {
    if (!(key in english)) problems.push(`${at([key])} is not in the English messages (a misspelt key?)`);
  }
  return problems;
}

/** Every text of a tree, with its key ("guide.progress"), for checks over all messages. */
export function* allMessages(tree: MessageValue, keyPath: string[] = []): Generator<[string, string]> {
  if (typeof tree === "string") yield [keyPath.join("."), tree];
  else if (Array.isArray(tree)) for (const [index, item] of tree.entries()) yield* allMessages(item, [...keyPath, String(index)]);
  else for (const [key, value] of Object.entries(tree as MessageTree)) yield* allMessages(value, [...keyPath, key]);
}
