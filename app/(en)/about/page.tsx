import { aboutRoute } from "@/app/_routes/about";

export const generateMetadata = () => aboutRoute.metadata("en");

export default function Page() {
  return <aboutRoute.Page locale="en" />;
}
