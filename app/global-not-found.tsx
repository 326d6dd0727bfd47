import type { Metadata } from "next";
import { NotFoundPage } from "@/app/_routes/not-found-page";
import { RootDocument, rootViewport } from "@/app/_routes/root-document";
import { siteIcon } from "@/lib/site-icon";
import { uiText } from "@/lib/ui-text";
import "./globals.css";

// Each language has its own root layout, so the 404 page brings its own document (Next's
// global-not-found). out/404.html is the English one; the servers send /ja/404.html under /ja/.
export const metadata: Metadata = { title: uiText.notFound.title, robots: { index: false }, icons: { icon: [siteIcon] } };
export const viewport = rootViewport;

export default function GlobalNotFound() {
  return (
    <RootDocument locale="en">
      <NotFoundPage locale="en" />
    </RootDocument>
  );
}
