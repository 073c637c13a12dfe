// Accessible names for buttons that show a short label and explain themselves in a tooltip.
// WCAG 2.5.3 (label in name): the name must contain the words a reader sees, so a speech-input
// user can say "click Step". The longer hint stays in the name after the label.

/** Letters and digits only, lower-cased: how name and label are compared. */
function words(s: string): string {
  return s
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `hint` when it already starts with `label`, else `label: hint`. */
export function labelWithHint(label: string, hint: string): string {
  const l = words(label);
  return l !== '' && words(hint).startsWith(l) ? hint : `${label}: ${hint}`;
}
