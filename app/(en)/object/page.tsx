import { objectRoute } from "@/app/_routes/object";

export const generateMetadata = () => objectRoute.metadata("en");

export default function Page() {
  return <objectRoute.Page locale="en" />;
}
