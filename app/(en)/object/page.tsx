import { objectRoute } from "@/app/_routes/pages";

export const generateMetadata = () => objectRoute.metadata("en");

export default function Page() {
  return <objectRoute.Page locale="en" />;
}
