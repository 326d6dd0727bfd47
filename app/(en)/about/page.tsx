import { aboutRoute } from "@/app/_routes/pages";

export const generateMetadata = () => aboutRoute.metadata("en");

export default function Page() {
  return <aboutRoute.Page locale="en" />;
}
