import type { Engine, Key, Modifier } from "./engine";
import { describeQuery, type ElementState, type PageWhere, type Query } from "./query";

/** How long a reader is assumed to wait for a page to answer before the journey fails. */
export const patience = 10_000;

/**
 * A reader at a computer, over any engine: looks for things by their role and name, waits for them
 * to appear and to become usable (as Playwright's actions do), then moves the pointer to them and
 * clicks, or types and presses keys. Every wait ends with a message saying what was last seen.
 */
export class Reader {
  private pageErrors: string[] = [];
  private engineErrorsSeen = 0;

  constructor(
    readonly engine: Engine,
    private readonly origin: string,
  ) {}

  /** Opens a page of the site by its path, and starts recording its errors. */
  async open(path: string): Promise<void> {
    await this.keepPageErrors();
    await this.engine.goto(new URL(path, this.origin).href);
    await this.engine.call("count", {});
  }

  async reload(): Promise<void> {
    await this.keepPageErrors();
    await this.engine.reload();
    await this.engine.call("count", {});
  }

  /** Polls `probe` until `accept` holds; fails with `what` and the last value seen. */
  async waitFor<T>(what: string, probe: () => Promise<T>, accept: (value: T) => boolean, timeout = patience): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: T | undefined;
    let lastError: unknown;
    for (;;) {
      try {
        last = await probe();
        if (accept(last)) return last;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) {
        const seen = lastError && last === undefined ? `an error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : JSON.stringify(last);
        throw new Error(`${what}: not so after ${timeout / 1000} s in ${this.engine.description}; last seen: ${seen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  state(query: Query): Promise<ElementState | null> {
    return this.engine.call<ElementState | null>("state", query);
  }

  where(): Promise<PageWhere> {
    return this.engine.call<PageWhere>("where");
  }

  count(query: Query): Promise<number> {
    return this.engine.call<number>("count", query);
  }

  /** Waits until the element is on the page and visible, and returns what it shows. */
  async see(query: Query, timeout = patience): Promise<ElementState> {
    return (await this.waitFor(`${describeQuery(query)} is shown`, () => this.state(query), (state) => state?.visible === true, timeout))!;
  }

  /** Waits until the element shows a state that `accept` takes. */
  async expect(query: Query, what: string, accept: (state: ElementState) => boolean, timeout = patience): Promise<ElementState> {
    return (await this.waitFor(`${describeQuery(query)} ${what}`, () => this.state(query), (state) => state !== null && accept(state), timeout))!;
  }

  /** Waits until the address and the page's look satisfy `accept`. */
  async expectPage(what: string, accept: (where: PageWhere) => boolean, timeout = patience): Promise<PageWhere> {
    return this.waitFor(`the page ${what}`, () => this.where(), accept, timeout);
  }

  /**
   * Scrolls to the element, moves the pointer onto it, waits until it can be used, and clicks it.
   * A control that stays disabled fails the journey with its name.
   */
  async click(query: Query, fromLeft?: number): Promise<void> {
    await this.see(query);
    await this.engine.call("scrollTo", query);
    await this.waitFor(`${describeQuery(query)} is in the window`, () => this.engine.call("centre", query), (point) => point !== null);
    await this.engine.hover(query);
    await this.expect(query, "can be used (is not disabled)", (state) => state.enabled);
    let clicked: boolean;
    try {
      clicked = await this.engine.click(query, fromLeft);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}${error.message ? `: ${error.message}` : ""}` : String(error);
      throw new Error(`${describeQuery(query)} could not be clicked in ${this.engine.description} (${reason}); the page then: ${JSON.stringify(await this.where())}`);
    }
    if (!clicked) throw new Error(`${describeQuery(query)} went away before the click in ${this.engine.description}`);
  }

  /** Clicks into a text field and types, key by key. */
  async typeInto(query: Query, text: string): Promise<void> {
    await this.click(query);
    await this.expect(query, "has focus", (state) => state.focused);
    await this.engine.type(text);
  }

  async press(key: Key, modifiers: Modifier[] = []): Promise<void> {
    await this.engine.press(key, modifiers);
  }

  /** Every error the pages of this journey reported so far: the engine's own, and what the pages recorded. */
  async errors(): Promise<string[]> {
    await this.keepPageErrors();
    const fromEngine = this.engine.engineErrors().slice(this.engineErrorsSeen);
    return [...new Set([...fromEngine, ...this.pageErrors])];
  }

  /** Starts a new journey's error record: what the page left by the last journey reported is not this one's. */
  async startJourney(): Promise<void> {
    await this.keepPageErrors();
    this.pageErrors = [];
    this.engineErrorsSeen = this.engine.engineErrors().length;
  }

  private async keepPageErrors(): Promise<void> {
    try {
      const errors = await this.engine.call<string[] | null>("errors");
      this.pageErrors.push(...(errors ?? []));
    } catch {
      // No page yet (about:blank before the first journey).
    }
  }
}
