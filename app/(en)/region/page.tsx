import { regionPicker } from "@/app/_routes/region-picker";

export const generateMetadata = () => regionPicker.metadata("en");

export default function Page() {
  return <regionPicker.Page locale="en" />;
}
