import { regionPicker } from "@/app/_routes/pages";

export const generateMetadata = () => regionPicker.metadata("en");

export default function Page() {
  return <regionPicker.Page locale="en" />;
}
