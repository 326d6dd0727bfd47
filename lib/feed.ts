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
import { uiText } from "./ui-text";

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
  const { site, sourcesById } = content;
  const url = absoluteUrl(site.siteUrl, `/timeline#${entry.slug}`);
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
        paragraph(`${uiText.feed.when}: ${dateLabel ?? formatDate(date)}`),
        ...text.map(paragraph),
        `<p>${escapeHtml(uiText.feed.sources)}:</p>`,
        `<ul>${sources.map((source) => `<li>${link(source.url, `${sourceTitle(source)} (${formatDate(source.date)})`)}</li>`).join("")}</ul>`,
      ].join(""),
      category: [{ term: "timeline", name: uiText.feed.timelineCategory }],
    },
  };
}

function correctionItem(content: SiteContent, correction: Correction): Dated {
  const { site } = content;
  const url = absoluteUrl(site.siteUrl, `/about#${correction.id}`);
  return {
    day: correction.date,
    item: {
      title: escapeHtml(uiText.feed.correctionTitle(correction.title)),
      id: url,
      link: url,
      date: dayToDate(correction.date),
      published: dayToDate(correction.date),
      description: escapeHtml(correction.text),
      content: [
        paragraph(`${uiText.feed.corrected}: ${formatDate(correction.date)}`),
        paragraph(correction.text),
        `<ul>${correction.pages.map((page) => `<li>${link(absoluteUrl(site.siteUrl, page), linkLabel(content, page))}</li>`).join("")}</ul>`,
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
  const { site } = content;
  const items = feedItems(content);
  const newest = items.reduce((latest, item) => (item.date > latest ? item.date : latest), dayToDate(site.lastReviewed));
  const feed = new Feed({
    id: absoluteUrl(site.siteUrl, "/"),
    title: uiText.feed.title(site.name),
    description: uiText.feed.subtitle,
    link: absoluteUrl(site.siteUrl, "/timeline"),
    feed: absoluteUrl(site.siteUrl, feedPath),
    language: "en",
    updated: newest,
    generator: false,
    author: { name: site.name, link: absoluteUrl(site.siteUrl, "/about") },
  });
  items.forEach((item) => feed.addItem(item));
  return feed.atom1();
}
