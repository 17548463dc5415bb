// Quoted speech in a card: what the customer says or is told, word for word, which the map must not reword.

/**
 * Pairs of quotation marks: „…“ and „…” (German), “…” and "…" (English), »…« and «…», ‚…‘ and ‘…’. A closing single
 * quote must not be followed by a letter, so the apostrophe in “We’ll” does not end a quote. A mark without its
 * partner on the same line quotes nothing.
 */
const QUOTED = /„[^„“”"\n]*[“”"]|“[^“”"\n]*[”“]|"[^"“”\n]*"|»[^»«\n]*«|«[^«»\n]*»|‚[^‚‘\n]*‘|‘[^‘\n]*?’(?!\p{L})/gu;

/** Where the quotations of `text` are, as [start, end) ranges including their marks. */
export function quotedRanges(text: string): { start: number; end: number }[] {
  if (!/[„“"»«‚‘]/.test(text)) return [];
  return [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
