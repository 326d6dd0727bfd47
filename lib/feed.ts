/**
 * The Atom feed at /feed.xml: every timeline entry and every correction, newest first, built with the
 * `feed` package from the same content as the pages. Dates come from content, never from the clock,
 * so the same content always gives the same feed.
 */
import { Feed, type Item } from "feed";
import { sourceTitle } from "./citations";
import type { SiteContent, TimelineEntry } from "./content/site-content";
import { formatDate } from "./dates";
import { feedPath } from "./page-metadata";
import type { Correction } from "./schemas";
import { absoluteUrl, linkLabel } from "./site-pages";
import { timelineEntryDay } from "./timeline";
import { localePath, localiseHref } from "./i18n";
import { formatMessage, uiTextFor } from "./ui-text";

/** Atom's text constructs here are HTML (the package marks them so): escape plain text before use. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

interface Dated {
  day: string;
  item: Item;
}

function timelineItem(content: SiteContent, entry: TimelineEntry): Dated {
  const { site, sourcesById, locale } = content;
  const uiText = uiTextFor(locale);
  const url = absoluteUrl(site.siteUrl, localiseHref(locale, `/timeline#${entry.slug}`));
  const { title, date, dateLabel } = entry.frontmatter;
  const text = entry.paragraphs;
  const sources = entry.sourceIds.map((id) => sourcesById.get(id)!);
  const day = timelineEntryDay(entry);
  return {
    day,
    item: {
      title: escapeHtml(title),
      id: url,
      link: url,
      date: dayToDate(day),
      published: dayToDate(day),
      description: escapeHtml(text.join(" ")),
      content: [
        paragraph(`${uiText.feed.when}${uiText.punctuation.colon}${dateLabel ?? formatDate(date, locale)}`),
        ...text.map(paragraph),
        `<p>${escapeHtml(uiText.feed.sources)}${uiText.punctuation.colon.trim()}</p>`,
        `<ul>${sources.map((source) => `<li>${link(source.url, `${sourceTitle(source)} (${formatDate(source.date, locale)})`)}</li>`).join("")}</ul>`,
      ].join(""),
      category: [{ term: "timeline", name: uiText.feed.timelineCategory }],
    },
  };
}

function correctionItem(content: SiteContent, correction: Correction): Dated {
  const { site, locale } = content;
  const uiText = uiTextFor(locale);
  const url = absoluteUrl(site.siteUrl, localiseHref(locale, `/about#${correction.id}`));
  return {
    day: correction.date,
    item: {
      title: escapeHtml(formatMessage(locale, "feed.correctionTitle", { title: correction.title })),
      id: url,
      link: url,
      date: dayToDate(correction.date),
      published: dayToDate(correction.date),
      description: escapeHtml(correction.text),
      content: [
        paragraph(`${uiText.feed.corrected}${uiText.punctuation.colon}${formatDate(correction.date, locale)}`),
        paragraph(correction.text),
        `<ul>${correction.pages.map((page) => `<li>${link(absoluteUrl(site.siteUrl, localiseHref(locale, page)), linkLabel(content, page))}</li>`).join("")}</ul>`,
      ].join(""),
      category: [{ term: "correction", name: uiText.feed.correctionCategory }],
    },
  };
}

/** The feed's entries, newest first; entries of the same day keep the timeline's order, reversed. */
export function feedItems(content: SiteContent): Item[] {
  const dated = [
    ...content.corrections.map((correction) => correctionItem(content, correction)),
    ...[...content.timeline].reverse().map((entry) => timelineItem(content, entry)),
  ];
  return dated
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => b.day.localeCompare(a.day) || a.index - b.index)
    .map(({ item }) => item);
}

export function atomFeed(content: SiteContent): string {
  const { site, locale } = content;
  const uiText = uiTextFor(locale);
  const items = feedItems(content);
  const newest = items.reduce((latest, item) => (item.date > latest ? item.date : latest), dayToDate(site.lastReviewed));
  const feed = new Feed({
    id: absoluteUrl(site.siteUrl, localePath(locale, "/")),
    title: formatMessage(locale, "feed.title", { siteName: site.name }),
    description: uiText.feed.subtitle,
    link: absoluteUrl(site.siteUrl, localePath(locale, "/timeline")),
    feed: absoluteUrl(site.siteUrl, localePath(locale, feedPath)),
    language: locale,
    updated: newest,
    generator: false,
    author: { name: site.name, link: absoluteUrl(site.siteUrl, localePath(locale, "/about")) },
  });
  items.forEach((item) => feed.addItem(item));
  // The package writes no language into Atom: xml:lang on the root says it for every entry.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}
