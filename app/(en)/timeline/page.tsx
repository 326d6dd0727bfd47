import { timelineRoute } from "@/app/_routes/pages";

export const generateMetadata = () => timelineRoute.metadata("en");

export default function Page() {
  return <timelineRoute.Page locale="en" />;
}
