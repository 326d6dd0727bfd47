import { guideChooserRoute } from "@/app/_routes/guide-chooser";

export const generateMetadata = () => guideChooserRoute.metadata("en");

export default function Page() {
  return <guideChooserRoute.Page locale="en" />;
}
