// Readable stand-ins for characters that no embedded font can draw, so the PDF never prints a blank .notdef box.

/** Symbols people type into maps, written the way one would in plain text ("Größe ≥ 4" → "Größe >= 4"). */
const TABLE: Readonly<Record<string, string>> = {
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "~",
  "±": "+/-",
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "⇐": "<=",
  "⇔": "<=>",
  "↑": "^",
  "↓": "v",
  "➜": "->",
  "➔": "->",
  "✓": "OK",
  "✔": "OK",
  "☑": "[x]",
  "✗": "X",
  "✘": "X",
  "☒": "[x]",
  "☐": "[ ]",
  "‰": "o/oo",
  "∞": "oo",
  "★": "*",
  "☆": "*",
  "⭐": "*",
  "♥": "<3",
  "❤": "<3",
  "☺": ":-)",
  "☹": ":-(",
  "🙂": ":-)",
  "😀": ":-D",
  "😃": ":-D",
  "😄": ":-D",
  "😊": ":-)",
  "🙁": ":-(",
  "😞": ":-(",
  "😟": ":-(",
  "😢": ":'-(",
  "😠": ">:-(",
  "😡": ">:-(",
  "😐": ":-|",
  "👍": "(+1)",
  "👎": "(-1)",
  "⚠": "(!)",
  "✉": "(mail)",
  "☎": "(tel)",
  "📞": "(tel)",
};

/**
 * Invisible format characters (joiners, variation selectors, bidi marks) and the skin tones that only tint the emoji
 * before them (👍🏽 is 👍 and a tone; the 👍 already has its stand-in): nothing is lost when they are left out.
 */
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{Emoji_Modifier}]$/u;
const COMBINING = /\p{M}/gu;

/**
 * Stand-ins for `ch`, best first: the table's plain-text spelling, the compatibility decomposition (ﬁ → fi,
 * ① → 1), the same without accents, then U+FFFD and "?", which show that a character was there.
 */
export function substitutesFor(ch: string): string[] {
  if (IGNORABLE.test(ch)) return [""];
  const out: string[] = [];
  const known = TABLE[ch];
  if (known !== undefined) out.push(known);
  const decomposed = ch.normalize("NFKD");
  if (decomposed !== ch) {
    out.push(decomposed);
    const bare = decomposed.replace(COMBINING, "");
    if (bare !== "" && bare !== decomposed) out.push(bare);
  }
  out.push("\ufffd", "?");
  return out;
}
