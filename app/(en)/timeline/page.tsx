import { timelineRoute } from "@/app/_routes/timeline";

export const generateMetadata = () => timelineRoute.metadata("en");

export default function Page() {
  return <timelineRoute.Page locale="en" />;
}
