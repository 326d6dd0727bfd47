/**
 * Every shape of content in `content/`, one module per family of files (this folder), gathered here so
 * the site imports them from one place. Types are inferred from these schemas; nothing is written twice.
 */
export { calendarDay, citedText, dayOrMonth, publicationDate, slug } from "./primitives";
export * from "./pages";
export * from "./regions";
export * from "./guide";
export * from "./regulators";
export * from "./language-files";
