import { splitLabels } from "@/lib/inline-labels";

/** Guide text with LinkedIn's own labels in bold, exactly as LinkedIn writes them. */
export function LabelledText({ text }: { text: string }) {
  return (
    <>
      {splitLabels(text).map((part, index) =>
        part.isLabel ? (
          <strong key={index} className="font-semibold">
            {part.text}
          </strong>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
