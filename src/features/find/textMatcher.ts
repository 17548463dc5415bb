// Text matching that forgives case, accents and German spelling: "grosse" finds „Größe“, "uber" finds "Über".
// ä/ae, ö/oe, ü/ue and ß/ss count as the same, accents are dropped (é is e), hyphens and invisible characters
// do not count (e-mail is email) and any run of spaces is one space.

/** A text folded for matching, with the index in the (NFC) original of each of its characters. */
export interface FoldedText {
  /** The original, in NFC, which `from` points into. */
  source: string;
  folded: string;
  from: number[];
}

// A final sigma is a sigma: lower-casing a whole text and lower-casing it letter by letter then agree.
const SPELLED_OUT: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", œ: "oe", ς: "σ" };
/** Hyphens, the soft hyphen and the zero-width characters: "e-mail" and "email" are one word to a searcher. */
const IGNORED = /[-\u00AD\u2010\u2011\u200B-\u200D\u2060\uFEFF]/;
const MARKS = /\p{M}/gu;
const SPACE = /\s/;

/** Lower case, umlauts and ß spelled out, accents dropped, hyphens left out, spaces made one. */
export function foldWithPositions(text: string): FoldedText {
  const source = text.normalize("NFC");
  let folded = "";
  const from: number[] = [];
  let index = 0;
  for (const char of source) {
    for (const lower of char.toLowerCase()) {
      const out = SPACE.test(lower)
        ? folded.endsWith(" ")
          ? ""
          : " "
        : IGNORED.test(lower)
          ? ""
          : (SPELLED_OUT[lower] ?? lower.normalize("NFD").replace(MARKS, ""));
      for (const c of out) {
        folded += c;
        from.push(index);
      }
    }
    index += char.length;
  }
  return { source, folded, from };
}

const SPELLED_OUT_ANY = /[äöüßæœς]/g;
const IGNORED_ANY = new RegExp(IGNORED.source, "g");

/** The same as foldWithPositions(text).folded, many times quicker: what every card's texts are folded with. */
export function fold(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(SPELLED_OUT_ANY, (c) => SPELLED_OUT[c] ?? c)
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(IGNORED_ANY, "")
    .replace(/\s+/g, " ");
}

const SPECIAL = /[.*+?^${}()|[\]\\]/;

/**
 * A pattern for a query, to test against folded texts: after an a, o or u of the query, the text may have an e or
 * not, so "uber" finds "ueber" (Über) and "ueber" finds "Uber"; null for a query with nothing to look for.
 */
export function queryPattern(query: string): RegExp | null {
  const q = fold(query).trim();
  if (q === "") return null;
  let source = "";
  for (let i = 0; i < q.length; i++) {
    const c = q.charAt(i);
    if (c === "a" || c === "o" || c === "u") {
      source += `${c}e?`;
      if (q.charAt(i + 1) === "e") i++;
    } else source += SPECIAL.test(c) ? `\\${c}` : c;
  }
  return new RegExp(source);
}

/**
 * The original text around a match of `pattern` in `text`, cut to about `room` characters with "…" where it is cut,
 * on one line; undefined when it does not match.
 */
export function excerptOf(text: string, pattern: RegExp, room = 80): string | undefined {
  const { source, folded, from } = foldWithPositions(text);
  const match = pattern.exec(folded);
  if (!match) return undefined;
  const start = from[match.index] ?? 0;
  const lastChar = from[match.index + match[0].length - 1] ?? start;
  const end = lastChar + 1;
  // About a third of the room before the match, more when the text ends soon after it; a short text stays whole.
  const before = Math.max(0, Math.floor((room - (end - start)) / 3));
  const cutStart = Math.max(0, Math.min(start - before, source.length - room));
  const cutEnd = Math.min(source.length, Math.max(end, cutStart + room));
  const inner = source.slice(cutStart, cutEnd).replace(/\s+/g, " ").trim();
  return `${cutStart > 0 ? "…" : ""}${inner}${cutEnd < source.length ? "…" : ""}`;
}
