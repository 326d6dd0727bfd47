/**
 * Every page of the site, once, for any language: each route's page.tsx (English under app/(en)/,
 * other languages under app/[lang]/) is a thin file that names its language and calls these. Each
 * loads that language's content and passes plain props to components.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AboutPage } from "@/components/about/AboutPage";
import { GuidePlatformPage } from "@/components/guide/GuidePlatformPage";
import { PlatformChooser } from "@/components/guide/PlatformChooser";
import { RegionMap } from "@/components/map/RegionMap";
import { MdxContent } from "@/components/mdx/MdxContent";
import { ObjectPage } from "@/components/object/ObjectPage";
import { PageShell } from "@/components/PageShell";
import { LanguageSuggestion } from "@/components/LanguageSuggestion";
import { PlaceList } from "@/components/region/PlaceList";
import { RegionPage } from "@/components/region/RegionPage";
import { RegionPicker } from "@/components/region/RegionPicker";
import { SourceList } from "@/components/SourceList";
import { TimelinePage } from "@/components/TimelinePage";
import { numberCitations } from "@/lib/citations";
import { citedInIndex } from "@/lib/cited-in";
import { getSiteContent } from "@/lib/content";
import { todayUtc } from "@/lib/dates";
import { localePath, localiseHref, locales, type Locale } from "@/lib/i18n";
import { countryCodes, isCountryCode } from "@/lib/iso-3166";
import { worldMapData } from "@/lib/map/map-data.server";
import { objectPageView } from "@/lib/object-page";
import { pageMetadata } from "@/lib/page-metadata";
import { jurisdictionsOn } from "@/lib/region-rules";
import { guidePlatformId, guidePlatformIds, timelineRegionId, timelineRegionIds, type GuidePlatformId, type TimelineRegionId } from "@/lib/schemas";
import { linkLabel } from "@/lib/site-pages";
import { uiTextFor } from "@/lib/ui-text";

/** The language suggestion's words in every language (a few words each). */
function suggestionTexts() {
  return Object.fromEntries(locales.map((locale) => {
    const { suggestion, suggestionLink, dismiss } = uiTextFor(locale).language;
    return [locale, { suggestion, suggestionLink, dismiss }];
  })) as Record<Locale, { suggestion: string; suggestionLink: string; dismiss: string }>;
}

const metadataFor = async (locale: Locale, path: string): Promise<Metadata> => pageMetadata(await getSiteContent(locale), path);

export const story = {
  metadata: (locale: Locale) => metadataFor(locale, "/"),
  async Page({ locale }: { locale: Locale }) {
    const { site, story, sourcesById, regions, timeline, translatedLabels } = await getSiteContent(locale);
    return (
      <PageShell site={site} locale={locale} path="/" section="/">
        <LanguageSuggestion locale={locale} texts={suggestionTexts()} />
        <article className="print-urls prose prose-slate dark:prose-invert max-w-none prose-h1:text-3xl sm:prose-h1:text-4xl prose-headings:scroll-mt-4 prose-a:underline-offset-4">
          <h1>{story.frontmatter.title}</h1>
          <MdxContent
            code={story.code}
            locale={locale}
            translatedLabels={translatedLabels}
            numbering={numberCitations(story.citedInBody, sourcesById)}
            keyDateMaps={{ map: worldMapData(regions, timeline), text: uiTextFor(locale).map }}
          />
        </article>
      </PageShell>
    );
  },
};

export const regionPicker = {
  metadata: (locale: Locale) => metadataFor(locale, "/region"),
  async Page({ locale }: { locale: Locale }) {
    const { site, regions, timeline } = await getSiteContent(locale);
    const text = uiTextFor(locale);
    return (
      <PageShell site={site} locale={locale} path="/region" section="/region">
        <h1 className="text-3xl font-bold tracking-tight">{text.region.pickerTitle}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{text.region.pickerIntro}</p>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{text.region.privacyNote}</p>
        <RegionMap map={worldMapData(regions, timeline)} text={text.map} locale={locale} listId="all-places" />
        <RegionPicker locale={locale} autoFocus />
        <PlaceList locale={locale} />
      </PageShell>
    );
  },
};

/** Only the lower-case code names a page: /region/de, not /region/DE. */
function placeCodeFrom(param: string): string | null {
  const code = param.toUpperCase();
  return param === code.toLowerCase() && isCountryCode(code) ? code : null;
}

export const regionPlace = {
  params: () => countryCodes.map((code) => ({ code: code.toLowerCase() })),
  async metadata(locale: Locale, param: string): Promise<Metadata> {
    const code = placeCodeFrom(param);
    return code ? metadataFor(locale, `/region/${code.toLowerCase()}`) : {};
  },
  async Page({ locale, param }: { locale: Locale; param: string }) {
    const code = placeCodeFrom(param);
    if (!code) notFound();
    const { site, regions, timeline, sourcesById, regulators, objectPage } = await getSiteContent(locale);
    return (
      <RegionPage
        locale={locale}
        site={site}
        code={code}
        regions={regions}
        timeline={timeline}
        sourcesById={sourcesById}
        regulators={regulators}
        objectPage={objectPage}
        today={todayUtc()}
      />
    );
  },
};

export const guideChooser = {
  metadata: (locale: Locale) => metadataFor(locale, "/guide"),
  async Page({ locale }: { locale: Locale }) {
    const { site, guide } = await getSiteContent(locale);
    const text = uiTextFor(locale);
    return (
      <PageShell site={site} locale={locale} path="/guide" section="/guide">
        <h1 className="text-3xl font-bold tracking-tight">{text.guide.title}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{text.guide.intro}</p>
        <PlatformChooser platforms={guide.platforms} locale={locale} />
        <p className="mt-8">
          <a href={localePath(locale, "/object")} className="inline-block py-1 underline underline-offset-4">
            {text.regulators.beyondLink}
          </a>
        </p>
      </PageShell>
    );
  },
};

function platformFrom(value: string): GuidePlatformId | null {
  const parsed = guidePlatformId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const guidePlatform = {
  params: () => guidePlatformIds.map((platform) => ({ platform })),
  async metadata(locale: Locale, param: string): Promise<Metadata> {
    const platform = platformFrom(param);
    return platform ? metadataFor(locale, `/guide/${platform}`) : {};
  },
  async Page({ locale, param }: { locale: Locale; param: string }) {
    const platformId = platformFrom(param);
    if (!platformId) notFound();
    const content = await getSiteContent(locale);
    const { site, guide, sourcesById, regions } = content;
    const platform = guide.platforms.find((candidate) => candidate.platform === platformId)!;
    return (
      <GuidePlatformPage
        locale={locale}
        site={site}
        guide={guide}
        platform={platform}
        sourcesById={sourcesById}
        translatedLabels={content.translatedLabels}
        jurisdictionOf={Object.fromEntries([...regions.places.values()].map((place) => [place.code, place.jurisdiction]))}
        jurisdictions={jurisdictionsOn(todayUtc(), regions)}
      />
    );
  },
};

export const objectRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/object"),
  async Page({ locale }: { locale: Locale }) {
    const content = await getSiteContent(locale);
    return (
      <PageShell site={content.site} locale={locale} path="/object" section="/object">
        <ObjectPage view={objectPageView(content)} locale={locale} />
      </PageShell>
    );
  },
};

function timelineRegionFrom(value: string): TimelineRegionId | null {
  const parsed = timelineRegionId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export const timelineRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/timeline"),
  async Page({ locale }: { locale: Locale }) {
    const { site, timeline, sourcesById } = await getSiteContent(locale);
    return <TimelinePage locale={locale} site={site} timeline={timeline} sourcesById={sourcesById} region={null} />;
  },
};

export const timelineForRegion = {
  params: () => timelineRegionIds.map((region) => ({ region })),
  async metadata(locale: Locale, param: string): Promise<Metadata> {
    const region = timelineRegionFrom(param);
    return region ? metadataFor(locale, `/timeline/${region}`) : {};
  },
  async Page({ locale, param }: { locale: Locale; param: string }) {
    const region = timelineRegionFrom(param);
    if (!region) notFound();
    const { site, timeline, sourcesById } = await getSiteContent(locale);
    return <TimelinePage locale={locale} site={site} timeline={timeline} sourcesById={sourcesById} region={region} />;
  },
};

export const sourcesRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/sources"),
  async Page({ locale }: { locale: Locale }) {
    const content = await getSiteContent(locale);
    const text = uiTextFor(locale);
    return (
      <PageShell site={content.site} locale={locale} path="/sources" section="/sources">
        <h1 className="text-3xl font-bold tracking-tight">{text.sources.title}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{text.sources.intro}</p>
        <SourceList sources={content.sources} citedIn={citedInIndex(content)} locale={locale} />
      </PageShell>
    );
  },
};

export const aboutRoute = {
  metadata: (locale: Locale) => metadataFor(locale, "/about"),
  async Page({ locale }: { locale: Locale }) {
    const content = await getSiteContent(locale);
    const corrections = content.corrections.map((correction) => ({
      ...correction,
      pages: correction.pages.map((href) => ({ href: localiseHref(locale, href), label: linkLabel(content, href) })),
    }));
    return <AboutPage locale={locale} site={content.site} about={content.about} sourcesById={content.sourcesById} corrections={corrections} />;
  },
};
