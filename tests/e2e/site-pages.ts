import { builtRoutes, builtStaticAssets } from "../../scripts/built-pages.mjs";
import { localePath, locales, prefixedLocales } from "../../lib/i18n";
import { oneRegionPagePerJurisdiction } from "./content";

/** Every page of the built site (from out/), except the 404 page. */
export const everyRoute = builtRoutes();

const isRegionPage = (route: string) => prefixedLocales.some((locale) => route.startsWith(`/${locale}/region/`) && /^\/region\/[a-z]{2}$/.test(route.slice(locale.length + 1))) || /^\/region\/[a-z]{2}$/.test(route);

/** The region pages: one template, one page per place. */
export const regionPages = everyRoute.filter(isRegionPage);

/**
 * Every page whose template differs: every route except the region pages, one region page per
 * jurisdiction, a dated verdict, and both kinds of 404.
 */
export const everyTemplate = [
  ...everyRoute.filter((route) => !isRegionPage(route)),
  ...locales.flatMap((locale) => [
    ...oneRegionPagePerJurisdiction().map((route) => localePath(locale, route)),
    localePath(locale, "/region/gb?on=2024-09-19"),
    localePath(locale, "/region/zz"),
    localePath(locale, "/no-such-page"),
  ]),
];

/** Every hashed file the pages load, and the unhashed icon. */
export const staticFiles = builtStaticAssets();

/** Splits a list into `count` nearly equal parts, so Playwright's workers can share the work. */
export function shards<T>(items: readonly T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, index) => items.slice(index * size, (index + 1) * size)).filter((part) => part.length > 0);
}
