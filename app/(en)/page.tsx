import { story } from "@/app/_routes/story";

export const generateMetadata = () => story.metadata("en");

export default function Page() {
  return <story.Page locale="en" />;
}
