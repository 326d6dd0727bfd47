/**
 * How a journey names what it acts on, in every engine: a role and an accessible name, as a reader
 * of the page (or a screen reader) would; a CSS selector only where the page marks something for
 * the tests. A RegExp name travels to the page as its source and flags.
 */
export interface Query {
  /** ARIA role, explicit or implicit ("button", "link", "checkbox", "slider"…); any of a list. */
  role?: string | string[];
  /** The accessible name: exactly this text, or a pattern. */
  name?: string | { source: string; flags: string };
  /** Only elements matching this selector (default: any). */
  css?: string;
  /** Only inside the first element matching this selector. */
  within?: string;
  /** Also hidden elements (default: only those on screen or scrollable to). */
  includeHidden?: boolean;
}

/** What a reader can tell of an element. */
export interface ElementState {
  visible: boolean;
  enabled: boolean;
  name: string;
  /** Its text, whitespace collapsed. */
  text: string;
  /** A form control's value, else null. */
  value: string | null;
  /** A checkbox's or radio button's state, else null. */
  checked: boolean | null;
  focused: boolean;
  inViewport: boolean;
  /** An image's: loaded and decoded with a size of its own; else null. */
  loaded: boolean | null;
  attributes: Record<string, string>;
}

/** Where the page is, and how it looks as a whole. */
export interface PageWhere {
  path: string;
  search: string;
  hash: string;
  /** `<html data-theme>`. */
  theme: string | null;
  /** `<body>`'s computed background colour. */
  background: string;
}

export function byRole(role: string | string[], name?: string | RegExp, more: Omit<Query, "role" | "name"> = {}): Query {
  return { role, name: name instanceof RegExp ? { source: name.source, flags: name.flags } : name, ...more };
}

export function byCss(css: string, more: Omit<Query, "css"> = {}): Query {
  return { css, ...more };
}

/** A query as a reader would say it, for messages. */
export function describeQuery(query: Query): string {
  const name = query.name === undefined ? "" : typeof query.name === "string" ? ` "${query.name}"` : ` /${query.name.source}/`;
  const what = query.role ? `${[query.role].flat().join(" or ")}${name}` : `${query.css ?? "*"}${name}`;
  return query.within ? `${what} in ${query.within}` : what;
}
