/**
 * A text box the reader edits, written into the page as plain HTML rather than as a React element.
 * React resets a <textarea> to its prerendered text when it hydrates the page, so whatever the reader
 * typed before the framework's scripts ran (they start after the first paint) would be lost; React
 * leaves the inside of `dangerouslySetInnerHTML` alone, so the reader's edits stay.
 */
const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function EditableText({ id, text, className }: { id: string; text: string; className: string }) {
  const html =
    `<textarea id="${escapeHtml(id)}" rows="12" spellcheck="false" autocomplete="off" data-objection-text="" class="${escapeHtml(className)}">` +
    // A newline right after <textarea> is dropped by the HTML parser: keep a leading one in the text.
    `${text.startsWith("\n") ? "\n" : ""}${escapeHtml(text)}</textarea>`;
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
