/**
 * Every page of the site, route by route: the one list that each page's metadata, its social image
 * and the sitemap are made from.
 *
 * To add a route: add one entry to `siteRoutes` below (its pages with their titles and descriptions),
 * and have its page.tsx export `generateMetadata` returning `pageMetadata(content, path)`. The
 * sitemap and the social images pick it up from here; the end-to-end tests check every page listed.
 */
import { sourceTitle } from "./citations";
import type { SiteContent } from "./content/site-content";
import { formatDate, todayUtc } from "./dates";
import { countryCodes } from "./iso-3166";
import { placeName } from "./place-names";
import { regionStatus } from "./region-rules";
import { timelineRegionIds, type RegionStatus } from "./schemas";
import { localePath, locales, type Locale } from "./i18n";
import { formatMessage, uiTextFor } from "./ui-text";

/** What a page's social image shows. */
export interface SocialCardContent {
  /** Small line above the heading. */
  kicker?: string;
  heading: string;
  /** On a region page: the place's verdict on the day the site was built. */
  verdict?: { status: RegionStatus; label: string; asOf: string };
  /** The image's text alternative. */
  alt: string;
}

export interface SitePage {
  /** The page's path: "/", "/region/de", "/ja/region/de". */
  path: string;
  /** The same page's path in English, which names it in every language: "/region/de". */
  englishPath: string;
  locale: Locale;
  /** Its own title, without the site's name. */
  title: string;
  description: string;
  card: SocialCardContent;
}

export interface SiteRoute {
  /** The route as app/ names it, e.g. "/region/[code]". */
  route: string;
  pages(content: SiteContent, today: string): ListedPage[];
}

/** A page as a route lists it: its English path; sitePages adds the language's prefix. */
type ListedPage = Omit<SitePage, "englishPath" | "locale">;

function simplePage(content: SiteContent, path: string, title: string, description: string): ListedPage {
  return { path, title, description, card: { heading: title, alt: formatMessage(content.locale, "socialCard.alt", { title, siteName: content.site.name }) } };
}

function regionPage(content: SiteContent, code: string, today: string): ListedPage {
  const { locale } = content;
  const uiText = uiTextFor(locale);
  const name = placeName(code, [locale]);
  const answer = regionStatus(code, today, content.regions);
  if (!answer.ok) throw new Error(`No answer for ${code} on ${today}: ${answer.problem}`);
  const label = uiText.region.statusLabel[answer.status];
  const asOf = formatDate(today, locale);
  return {
    path: `/region/${code.toLowerCase()}`,
    title: formatMessage(locale, "region.pageTitle", { place: name }),
    description: formatMessage(locale, "region.pageDescription", { place: name }),
    card: {
      kicker: uiText.socialCard.regionKicker,
      heading: name,
      verdict: { status: answer.status, label, asOf: formatMessage(locale, "socialCard.asOf", { date: asOf }) },
      alt: formatMessage(locale, "socialCard.regionAlt", { place: name, verdict: label, date: asOf, siteName: content.site.name }),
    },
  };
}

const ui = (content: SiteContent) => uiTextFor(content.locale);
/** The setting's name as LinkedIn writes it, from content/guide/linkedin-labels.yaml (where renaming it is one edit). */
const settingLabel = (content: SiteContent) => content.labels.generativeAiSetting;

/** The routes, in the order the sitemap lists them. */
export const siteRoutes: readonly SiteRoute[] = [
  {
    route: "/",
    pages: (content) => [simplePage(content, "/", content.story.frontmatter.title, content.story.frontmatter.description)],
  },
  {
    route: "/region",
    pages: (content) => [simplePage(content, "/region", ui(content).region.pickerTitle, ui(content).region.pickerDescription)],
  },
  {
    route: "/region/[code]",
    pages: (content, today) => countryCodes.map((code) => regionPage(content, code, today)),
  },
  {
    route: "/guide",
    pages: (content) => [simplePage(content, "/guide", ui(content).guide.title, formatMessage(content.locale, "guide.description", { setting: settingLabel(content) }))],
  },
  {
    route: "/guide/[platform]",
    pages: (content) =>
      content.guide.platforms.map((platform) =>
        simplePage(content, `/guide/${platform.platform}`, formatMessage(content.locale, "guide.platformTitle", { name: platform.name }), formatMessage(content.locale, "guide.platformDescription", { name: platform.name, setting: settingLabel(content) })),
      ),
  },
  {
    route: "/object",
    pages: (content) => [simplePage(content, "/object", content.objectPage.title, content.objectPage.description)],
  },
  {
    route: "/timeline",
    pages: (content) => [simplePage(content, "/timeline", ui(content).timeline.title, ui(content).timeline.description)],
  },
  {
    route: "/timeline/[region]",
    pages: (content) =>
      timelineRegionIds.map((region) =>
        simplePage(
          content,
          `/timeline/${region}`,
          formatMessage(content.locale, "timeline.regionTitle", { region: ui(content).timelineRegions[region] }),
          formatMessage(content.locale, "timeline.regionDescription", { region: ui(content).timelineRegions[region] }),
        ),
      ),
  },
  {
    route: "/sources",
    pages: (content) => [simplePage(content, "/sources", ui(content).sources.title, ui(content).sources.description)],
  },
  {
    route: "/about",
    pages: (content) => [simplePage(content, "/about", content.about.frontmatter.title, content.about.frontmatter.description)],
  },
];

/** The anchors of /about's own sections (beside its MDX headings and its corrections), which content may link to. */
export const aboutPageSectionIds = ["report-a-mistake", "corrections", "open-data"] as const;

function listPages(content: SiteContent, today: string, routes: readonly SiteRoute[]): SitePage[] {
  return routes
    .flatMap((route) => route.pages(content, today))
    .map((page) => ({ ...page, path: localePath(content.locale, page.path), englishPath: page.path, locale: content.locale }));
}

/** Each language's address of a page, by its English path. */
export function languageAlternates(siteUrl: string, englishPath: string): Record<Locale | "x-default", string> {
  const alternates = Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(siteUrl, localePath(locale, englishPath))]));
  return { ...alternates, "x-default": absoluteUrl(siteUrl, englishPath) } as Record<Locale | "x-default", string>;
}

const pagesByContent = new WeakMap<SiteContent, Map<string, Map<string, SitePage>>>();

/** Every page of the site, as of `today` (the build's day: region verdicts depend on it). */
export function sitePages(content: SiteContent, today: string = todayUtc(), routes: readonly SiteRoute[] = siteRoutes): SitePage[] {
  if (routes !== siteRoutes) return listPages(content, today, routes);
  let byDay = pagesByContent.get(content);
  if (!byDay) pagesByContent.set(content, (byDay = new Map()));
  let pages = byDay.get(today);
  if (!pages) {
    pages = new Map();
    for (const page of listPages(content, today, routes)) {
      if (pages.has(page.path)) throw new Error(`lib/site-pages.ts lists ${page.path} twice`);
      pages.set(page.path, page);
    }
    byDay.set(today, pages);
  }
  return [...pages.values()];
}

/** One page, by its path ("/ja/region/de"). Throws for a path no route lists, so a page cannot go without metadata. */
export function sitePage(content: SiteContent, path: string, today: string = todayUtc()): SitePage {
  sitePages(content, today);
  const page = pagesByContent.get(content)?.get(today)?.get(path);
  if (!page) throw new Error(`No page at ${path}: add its route to siteRoutes in lib/site-pages.ts`);
  return page;
}

/**
 * An address on the site: siteUrl is an origin (no trailing slash), path starts with "/". The home
 * page is the bare origin, as Next.js writes its canonical link, so every list of addresses agrees.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return path === "/" ? siteUrl : `${siteUrl}${path}`;
}

/**
 * The words for a link to a place on the site named in content (a correction's pages): the page's
 * title, a timeline entry's title, or a source's publisher and title.
 */
export function linkLabel(content: SiteContent, href: string, today: string = todayUtc()): string {
  const uiText = uiTextFor(content.locale);
  const [englishPath, anchor] = href.split("#");
  const path = localePath(content.locale, englishPath);
  if (anchor && englishPath === "/timeline") {
    const entry = content.timeline.find((item) => item.slug === anchor);
    if (entry) return `${uiText.timeline.title}${uiText.punctuation.colon}${entry.frontmatter.title}`;
  }
  if (anchor && englishPath === "/sources") {
    const source = content.sourcesById.get(anchor);
    if (source) return `${uiText.sources.title}${uiText.punctuation.colon}${sourceTitle(source)}`;
  }
  const page = pagesByContent.get(content)?.get(today)?.get(path) ?? sitePages(content, today).find((item) => item.path === path);
  return page ? page.title : href;
}
