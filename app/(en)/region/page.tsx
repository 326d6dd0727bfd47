import { regionPickerRoute } from "@/app/_routes/region-picker";

export const generateMetadata = () => regionPickerRoute.metadata("en");

export default function Page() {
  return <regionPickerRoute.Page locale="en" />;
}
