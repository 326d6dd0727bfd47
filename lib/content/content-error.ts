/** A mistake in a content file: says which file and which field, so a writer can fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field} ${problem}`);
    this.name = "ContentError";
  }
}

/** Several content mistakes at once, so one build shows them all. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? "" : "s"} in content/:\n` +
        errors.map((error) => `  - ${error.message}`).join("\n"),
    );
    this.name = "ContentErrors";
  }
}
