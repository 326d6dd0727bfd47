import { guideChooser } from "@/app/_routes/pages";

export const generateMetadata = () => guideChooser.metadata("en");

export default function Page() {
  return <guideChooser.Page locale="en" />;
}
