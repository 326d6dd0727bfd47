/**
 * The shape another language's interface strings must have: the English module's shape with every
 * literal widened to `string`, so a translation is type-checked key by key (a missing or extra key
 * fails `tsc`) without having to repeat the English words. Addresses (`href`) are not words: they
 * must be the English ones, in the same order.
 */
export type Strings<T> = T extends string
  ? string
  : T extends (...args: infer Args) => infer Result
    ? (...args: Args) => Strings<Result>
    : T extends readonly unknown[]
      ? { readonly [Index in keyof T]: Strings<T[Index]> }
      : T extends object
        ? { readonly [Key in keyof T]: Key extends "href" ? T[Key] : Strings<T[Key]> }
        : T;
