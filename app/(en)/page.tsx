import { storyRoute } from "@/app/_routes/story";

export const generateMetadata = () => storyRoute.metadata("en");

export default function Page() {
  return <storyRoute.Page locale="en" />;
}
