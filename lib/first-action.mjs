/**
 * What a reader does before the framework has run is kept and carried out once it has
 * (scripts/export/rewrite-page.mjs keeps it, components/hooks/first-action.ts carries it out).
 *
 * A control marks how its first use is kept with `data-first-action`:
 * - "click": a button or checkbox whose click (a tap, a click, Space or Enter) cannot be done without
 *   the script: the first click is held (its default action prevented) and replayed exactly once;
 * - "value": a field, checkbox, radio button or slider that changes as plain HTML (a box checks, a
 *   radio button is chosen, a slider moves; CSS may already show the result): the change is let
 *   through and its latest state is made again, once, when the island runs;
 * - "point": an area whose click means the point clicked (the map on /region): the first click's
 *   place within the area is kept and clicked again there, once, when the island runs.
 */
export const firstActionAttribute = "data-first-action";

/** The page-wide record the loader writes and the islands read: `window[firstActionRecord]`. */
export const firstActionRecord = "__defaultOnFirstActions";
