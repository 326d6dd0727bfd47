import { sourcesRoute } from "@/app/_routes/sources";

export const generateMetadata = () => sourcesRoute.metadata("en");

export default function Page() {
  return <sourcesRoute.Page locale="en" />;
}
