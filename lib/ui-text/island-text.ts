/**
 * The words each client island needs, in one language, as props: texts without arguments as they
 * are, and each message with arguments compiled (parsed here, on the server), which the island formats
 * with `formatIcu` (format.ts). So an island's JavaScript carries no dictionary, no parser, and no
 * language but the page's.
 */
import type { Locale } from "../i18n";
import { regionStatusValues, type RegionStatus } from "../schemas";
import { messageText, uiTextFor, type MessageKey } from ".";
import { compileMessage } from "./compile";
import type { CompiledMessage } from "./format";

const compiled = (locale: Locale, key: MessageKey): CompiledMessage => compileMessage(messageText(locale, key));

export interface RegionReportText {
  statusLabel: Record<RegionStatus, string>;
  /** Arguments place, when, and tense ("now" for today's answer, "past" for a chosen date). */
  verdict: Record<RegionStatus, CompiledMessage>;
  /** Argument date. */
  asOf: CompiledMessage;
  onDate: CompiledMessage;
  notice: Record<"malformed" | "before-range" | "after-today", CompiledMessage>;
  /** Arguments start and end. */
  dateHint: CompiledMessage;
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
    verdict: Object.fromEntries(regionStatusValues.map((status) => [status, compiled(locale, `region.verdict.${status}`)])) as RegionReportText["verdict"],
    asOf: compiled(locale, "region.asOf"),
    onDate: compiled(locale, "region.onDate"),
    notice: {
      malformed: compiled(locale, "region.notice.malformed"),
      "before-range": compiled(locale, "region.notice.before-range"),
      "after-today": compiled(locale, "region.notice.after-today"),
    },
    dateHint: compiled(locale, "region.dateHint"),
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
  /** Argument count: how many places match. */
  matches: CompiledMessage;
}

export function regionPickerText(locale: Locale): RegionPickerText {
  const text = uiTextFor(locale).region;
  return {
    searchLabel: text.searchLabel,
    searchHint: text.searchHint,
    remembered: text.remembered,
    suggestion: text.suggestion,
    matches: compiled(locale, "region.matches"),
  };
}

export interface UnknownRegionText {
  /** Argument code. */
  notFoundRegion: CompiledMessage;
  didYouMean: string;
  didYouMeanEnd: string;
}

export function unknownRegionText(locale: Locale): UnknownRegionText {
  const text = uiTextFor(locale).region;
  return { notFoundRegion: compiled(locale, "region.notFoundRegion"), didYouMean: text.didYouMean, didYouMeanEnd: text.didYouMeanEnd };
}

export interface GuideStepperText {
  /** Arguments current, total, done and remaining (total − done). */
  progress: CompiledMessage;
  markDone: string;
  back: string;
  next: string;
  startOver: string;
  startedOver: string;
}

export function guideStepperText(locale: Locale): GuideStepperText {
  const text = uiTextFor(locale).guide;
  return {
    progress: compiled(locale, "guide.progress"),
    markDone: text.markDone,
    back: text.back,
    next: text.next,
    startOver: text.startOver,
    startedOver: text.startedOver,
  };
}

export interface RegionNoteText {
  regionHeading: string;
  /** Argument place. */
  regionSaved: CompiledMessage;
  statusReasonSeparator: string;
  regionSee: string;
  regionNone: string;
  statusLabel: Record<RegionStatus, string>;
}

export function regionNoteText(locale: Locale): RegionNoteText {
  const { guide, region, punctuation } = uiTextFor(locale);
  return {
    regionHeading: guide.regionHeading,
    regionSaved: compiled(locale, "guide.regionSaved"),
    statusReasonSeparator: punctuation.colon,
    regionSee: guide.regionSee,
    regionNone: guide.regionNone,
    statusLabel: { ...region.statusLabel },
  };
}

/** The map's summary sentence under each map: arguments date, excluded, used, uncertain; places: count. */
export interface MapSummaryText {
  summary: CompiledMessage;
  places: CompiledMessage;
}

export function mapSummaryText(locale: Locale): MapSummaryText {
  return { summary: compiled(locale, "map.summary"), places: compiled(locale, "map.places") };
}

/** What a tap on the map shows under it: the nearest place, its answer that day, the places near it. */
export interface MapPickText {
  /** Before any tap: what a tap does. */
  pickHint: string;
  /** After the place's name: arguments status and date. */
  pickAnswer: CompiledMessage;
  /** Before the other places within reach of the tap. */
  pickNearby: string;
  statusLabel: Record<RegionStatus, string>;
  colon: string;
  listSeparator: string;
}

export type MapExplorerText = MapSummaryText & MapPickText & { sliderLabel: string; keyDatesLabel: string };

/** The words of the map's island on /region: its summary, its date control, and what a tap shows. */
export function mapExplorerText(locale: Locale): MapExplorerText {
  const { map, region, punctuation } = uiTextFor(locale);
  return {
    ...mapSummaryText(locale),
    sliderLabel: map.sliderLabel,
    keyDatesLabel: map.keyDatesLabel,
    pickHint: map.pickHint,
    pickAnswer: compiled(locale, "map.pickAnswer"),
    pickNearby: map.pickNearby,
    statusLabel: { ...region.statusLabel },
    colon: punctuation.colon,
    listSeparator: punctuation.listSeparator,
  };
}

/** The saved-place line on /object: arguments place and section. */
export function savedPlaceMessage(locale: Locale): CompiledMessage {
  return compiled(locale, "objectPage.savedPlace");
}
