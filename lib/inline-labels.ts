/** Splits guide text where LinkedIn's own labels are marked **like this**. */
export interface TextPart {
  text: string;
  isLabel: boolean;
}

export function splitLabels(text: string): TextPart[] {
  return text
    .split("**")
    .map((part, index) => ({ text: part, isLabel: index % 2 === 1 }))
    .filter((part) => part.text.length > 0);
}

/** The same text without the markers, for accessible names and print. */
export function plainText(text: string): string {
  return text.replaceAll("**", "");
}

/** LinkedIn's labels in a text, in the order it marks them. */
export function markedLabels(text: string): string[] {
  return splitLabels(text)
    .filter((part) => part.isLabel)
    .map((part) => part.text);
}
