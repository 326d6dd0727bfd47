/**
 * The words each client island needs, in one language, as plain strings and templates with named
 * blanks: the server makes them from the language's interface strings and passes them as props, so an
 * island's JavaScript carries no dictionary, and no language but the page's. (Props must be plain
 * data: a function such as `verdict(place, when)` becomes one template per case it distinguishes.)
 */
import type { Locale } from "../i18n";
import { regionStatusValues, type RegionStatus } from "../schemas";
import { uiTextFor } from ".";

export interface RegionReportText {
  statusLabel: Record<RegionStatus, string>;
  /** Blanks {place} and {when}; `now` for today's answer, `past` for a chosen date. */
  verdict: Record<RegionStatus, { now: string; past: string }>;
  /** Blank {date}. */
  asOf: string;
  onDate: string;
  notice: { malformed: string; "before-range": string; "after-today": string };
  /** Blanks {start} and {end}. */
  dateHint: string;
  verdictHeading: string;
  dateLabel: string;
  showDate: string;
  backToToday: string;
  noScriptDate: string;
  historyHeading: string;
  current: string;
  chosen: string;
  untilToday: string;
  periodTo: string;
}

export function regionReportText(locale: Locale): RegionReportText {
  const text = uiTextFor(locale).region;
  return {
    statusLabel: { ...text.statusLabel },
    verdict: Object.fromEntries(
      regionStatusValues.map((status) => [status, { now: text.verdict[status]("{place}", "{when}", true), past: text.verdict[status]("{place}", "{when}", false) }]),
    ) as RegionReportText["verdict"],
    asOf: text.asOf("{date}"),
    onDate: text.onDate("{date}"),
    notice: {
      malformed: text.notice.malformed("{input}"),
      "before-range": text.notice["before-range"]("{input}", "{start}"),
      "after-today": text.notice["after-today"]("{input}"),
    },
    dateHint: text.dateHint("{start}", "{end}"),
    verdictHeading: text.verdictHeading,
    dateLabel: text.dateLabel,
    showDate: text.showDate,
    backToToday: text.backToToday,
    noScriptDate: text.noScriptDate,
    historyHeading: text.historyHeading,
    current: text.current,
    chosen: text.chosen,
    untilToday: text.untilToday,
    periodTo: text.periodTo,
  };
}

export interface RegionPickerText {
  searchLabel: string;
  searchHint: string;
  remembered: string;
  suggestion: string;
  /** How many places match: none, one, or {count}. */
  matches: { none: string; one: string; many: string };
}

export function regionPickerText(locale: Locale): RegionPickerText {
  const text = uiTextFor(locale).region;
  return {
    searchLabel: text.searchLabel,
    searchHint: text.searchHint,
    remembered: text.remembered,
    suggestion: text.suggestion,
    matches: { none: text.matches(0), one: text.matches(1), many: text.matches(909).replace("909", "{count}") },
  };
}

export interface UnknownRegionText {
  /** Blank {code}. */
  notFoundRegion: string;
  didYouMean: string;
  didYouMeanEnd: string;
}

export function unknownRegionText(locale: Locale): UnknownRegionText {
  const text = uiTextFor(locale).region;
  return { notFoundRegion: text.notFoundRegion("{code}"), didYouMean: text.didYouMean, didYouMeanEnd: text.didYouMeanEnd };
}

export interface GuideStepperText {
  /** Blanks {current}, {total}, {done}: while steps remain, and once all are done. */
  progress: { open: string; allDone: string };
  markDone: string;
  back: string;
  next: string;
  startOver: string;
  startedOver: string;
}

export function guideStepperText(locale: Locale): GuideStepperText {
  const text = uiTextFor(locale).guide;
  return {
    // Numbers no sentence holds otherwise stand for the blanks; done < total and done = total are its two cases.
    progress: {
      open: text.progress(101, 808, 707).replace("101", "{current}").replaceAll("808", "{total}").replace("707", "{done}"),
      allDone: text.progress(101, 808, 808).replace("101", "{current}").replaceAll("808", "{total}"),
    },
    markDone: text.markDone,
    back: text.back,
    next: text.next,
    startOver: text.startOver,
    startedOver: text.startedOver,
  };
}

export interface RegionNoteText {
  regionHeading: string;
  /** Blank {place}. */
  regionSaved: string;
  statusReasonSeparator: string;
  regionSee: string;
  regionNone: string;
  statusLabel: Record<RegionStatus, string>;
}

export function regionNoteText(locale: Locale): RegionNoteText {
  const { guide, region } = uiTextFor(locale);
  return {
    regionHeading: guide.regionHeading,
    regionSaved: guide.regionSaved("{place}"),
    statusReasonSeparator: uiTextFor(locale).punctuation.colon,
    regionSee: guide.regionSee,
    regionNone: guide.regionNone,
    statusLabel: { ...region.statusLabel },
  };
}
