import type { ReactNode } from "react";
import { RootDocument, rootMetadata, rootViewport } from "@/app/_routes/root-document";
import "../globals.css";

export const generateMetadata = () => rootMetadata("en");
export const viewport = rootViewport;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <RootDocument locale="en">{children}</RootDocument>;
}
