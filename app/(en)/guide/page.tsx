import { guideChooser } from "@/app/_routes/guide-chooser";

export const generateMetadata = () => guideChooser.metadata("en");

export default function Page() {
  return <guideChooser.Page locale="en" />;
}
