import { LinkedInLabel } from "@/components/LinkedInLabel";
import { splitLabels } from "@/lib/inline-labels";
import type { TranslatedLabel } from "@/lib/schemas";
import type { ReportedWordings } from "@/lib/ui-text";

const noLabels: readonly TranslatedLabel[] = [];
const noReported: ReportedWordings = { format: (wordings) => wordings.join(" / "), noteLink: "", noteMark: "" };

/**
 * Guide text with LinkedIn's own labels in bold, exactly as LinkedIn writes them; on a page in another
 * language, with the wording reports give in that language beside them.
 */
export function LabelledText({
  text,
  translatedLabels = noLabels,
  reported = noReported,
}: {
  text: string;
  translatedLabels?: readonly TranslatedLabel[];
  reported?: ReportedWordings;
}) {
  return (
    <>
      {splitLabels(text).map((part, index) =>
        part.isLabel ? (
          <LinkedInLabel key={index} translatedLabels={translatedLabels} reported={reported}>
            {part.text}
          </LinkedInLabel>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
