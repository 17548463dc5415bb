// The start of a long comment for a list, cut with "…" but never between the two halves of an emoji or other
// character outside the basic plane (that would show a broken sign).
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
