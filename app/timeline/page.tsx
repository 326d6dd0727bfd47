import type { Metadata } from "next";
import { TimelinePage } from "@/components/TimelinePage";
import { uiText } from "@/lib/ui-text";

export const metadata: Metadata = { title: uiText.timeline.title, description: uiText.timeline.description };

export default function Timeline() {
  return <TimelinePage region={null} />;
}
