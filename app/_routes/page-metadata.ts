import type { Metadata } from "next";
import { getSiteContent } from "@/lib/content";
import type { Locale } from "@/lib/i18n";
import { pageMetadata } from "@/lib/page-metadata";

/** A page's metadata in a language, by its English path. */
export const metadataFor = async (locale: Locale, path: string): Promise<Metadata> => pageMetadata(await getSiteContent(locale), path);
