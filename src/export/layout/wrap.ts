// Greedy word wrap with real font metrics; a word wider than the line is broken, never cut or ellipsised. Between two
// letters of an alphabet that hyphenates (Latin, Greek, Cyrillic) the break gets a hyphen, at a compound's joint or a
// syllable's end where one fits, with three letters or more on each side.
import type { BrokenWord, TextMeasurer } from "./types";

export type TextStyle = { size: number; bold: boolean };

/** One wrapped line: its text as written, and where it holds a piece of a word broken with a hyphen. */
export type WrappedLine = { text: string; broken?: BrokenWord };

/** The hyphen drawn at a break the layout made between two letters. */
export const BREAK_HYPHEN = "-";

const HYPHENATES = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;
const LETTER = /^\p{L}$/u;
const VOWEL = /^[aeiouyäöüàáâãåæèéêëìíîïòóôõøùúûýαεηιουωаеёиоуыэюя]$/iu;
/** Groups of consonants that start a syllable together, in German or English (one consonant always does). */
const ONSETS = new Set(
  (
    "ch ck ph th sh gh qu rh bl br cl cr dr fl fr gl gr kl kn kr pf pl pr sc sk sl sm sn sp st sw tr tw wr zw " +
    "sch spr str spl scr pfl pfr chr phr thr shr schl schr schm schn schw"
  ).split(" "),
);
/** Characters after which a word may break without an added hyphen. */
const OPEN_AFTER = /^[-‐–—/_.:,;+&=?!)\]}|\\]$/u;
/** Letters each side of a hyphenated break. */
const MIN_LETTERS = 3;
/** A break is looked for in the last part of what fits first: a piece shorter than this share of the line looks lost. */
const MIN_FILL = 0.4;

/** Splits text into lines that each fit maxWidth; explicit newlines are kept; no character is dropped but spaces at a break. */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: TextMeasurer): string[] {
  return wrapLines(text, maxWidth, style, measure).map((l) =>
    l.broken?.hyphen === true ? l.text + BREAK_HYPHEN : l.text,
  );
}

/**
 * Like wrapText, with each line's text as written: a line that ends in a break hyphen says so (`broken.hyphen`), and
 * the hyphen is not in its text. `hyphenate: false` (a right-to-left paragraph) breaks words without hyphens.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  style: TextStyle,
  measure: TextMeasurer,
  hyphenate = true,
): WrappedLine[] {
  const out: WrappedLine[] = [];
  const width = (s: string) => measure.width(s, style.size, style.bold);
  const space = width(" ");
  const hyphenWidth = hyphenate ? width(BREAK_HYPHEN) : Number.POSITIVE_INFINITY;
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== "");
    if (words.length === 0) {
      out.push({ text: "" });
      continue;
    }
    let line: WrappedLine = { text: "" };
    let lineWidth = 0;
    for (const word of words) {
      const ww = width(word);
      if (line.text !== "" && lineWidth + space + ww <= maxWidth) {
        line.text += " " + word;
        lineWidth += space + ww;
        continue;
      }
      if (ww <= maxWidth) {
        if (line.text !== "") out.push(line);
        line = { text: word };
        lineWidth = ww;
        continue;
      }
      // A word wider than the line: its first piece goes at the end of the line so far when that saves a line.
      let pieces = breakWord(word, maxWidth, width, hyphenWidth);
      let head: string | undefined;
      if (line.text !== "") {
        const chars = Array.from(word);
        const at = fillBreak(chars, maxWidth - lineWidth - space, width, hyphenWidth);
        const rest = at === undefined ? [] : breakWord(chars.slice(at).join(""), maxWidth, width, hyphenWidth);
        if (at !== undefined && rest.length < pieces.length) {
          head = chars.slice(0, at).join("");
          pieces = rest;
        }
      }
      const marked = head !== undefined || pieces.some((p) => p.hyphen);
      if (head !== undefined) {
        const start = line.text.length + 1;
        line.text += " " + head;
        line.broken = {
          ...(line.broken?.rest === undefined ? {} : { rest: line.broken.rest }),
          first: { word, start },
          hyphen: true,
        };
      }
      if (line.text !== "") out.push(line);
      pieces.forEach((piece, i) => {
        const wrapped: WrappedLine = { text: piece.text };
        if (marked)
          wrapped.broken =
            i === 0 && head === undefined
              ? { first: { word, start: 0 }, hyphen: piece.hyphen }
              : { rest: piece.text.length, hyphen: piece.hyphen };
        if (i < pieces.length - 1) out.push(wrapped);
        else line = wrapped;
      });
      lineWidth = width(line.text);
    }
    out.push(line);
  }
  return out;
}

type Piece = { text: string; hyphen: boolean };

/**
 * Cuts a word into pieces that fit maxWidth, a piece with a hyphen with room for it. Summing glyph widths keeps a
 * 5,000-character word linear; kerning differences are covered by padding.
 */
function breakWord(word: string, maxWidth: number, width: (s: string) => number, hyphenWidth: number): Piece[] {
  const chars = Array.from(word);
  const widths = chars.map((ch) => width(ch));
  const pieces: Piece[] = [];
  let start = 0;
  let rest = widths.reduce((a, b) => a + b, 0);
  while (start < chars.length) {
    if (rest <= maxWidth) {
      pieces.push({ text: chars.slice(start).join(""), hyphen: false });
      break;
    }
    // `fits[k]`: the width of chars[start, start + k).
    const fits: number[] = [0];
    let end = start;
    while (end < chars.length && (end === start || (fits[end - start] ?? 0) + (widths[end] ?? 0) <= maxWidth)) {
      fits.push((fits[end - start] ?? 0) + (widths[end] ?? 0));
      end++;
    }
    const at = breakAt(chars, start, end, (b) => fits[b - start] ?? 0, maxWidth, hyphenWidth);
    pieces.push({ text: chars.slice(start, at.index).join(""), hyphen: at.hyphen });
    rest -= fits[at.index - start] ?? 0;
    start = at.index;
  }
  return pieces;
}

type Break = { index: number; hyphen: boolean };

/**
 * Where to break between chars[start] and chars[end - 1] (everything before `end` fits). A good place (after a dash or
 * slash, at a compound's joint, at a syllable's end) in the last part of the line comes first, then one further back,
 * then anywhere between letters with three each side; among equals the furthest. Else where the line is full.
 */
function breakAt(
  chars: readonly string[],
  start: number,
  end: number,
  widthTo: (b: number) => number,
  maxWidth: number,
  hyphenWidth: number,
): Break {
  let best: Break | undefined;
  let bestRank = -1;
  for (let b = end; b > start; b--) {
    const candidate = scoreBreak(chars, start, b, widthTo(b), maxWidth, hyphenWidth);
    if (candidate === undefined) continue;
    const rank = (candidate.score > 0 ? 10 : 0) + (widthTo(b) >= maxWidth * MIN_FILL ? 5 : 0) + candidate.score;
    if (rank > bestRank) {
      best = candidate;
      bestRank = rank;
    }
  }
  if (best !== undefined) return best;
  // As much as fits, with a hyphen when it is between letters and there is room for one.
  for (let b = end; b > start + 1; b--)
    if (betweenLetters(chars, b) && widthTo(b) + hyphenWidth <= maxWidth) return { index: b, hyphen: true };
  return { index: end, hyphen: false };
}

/**
 * Where to break a word to end a line that has `room` left: only at a good place (a compound's joint or a syllable's
 * end) with a hyphen and three letters each side, the best and then the furthest; undefined when there is none.
 */
function fillBreak(
  chars: readonly string[],
  room: number,
  width: (s: string) => number,
  hyphenWidth: number,
): number | undefined {
  const widthTo: number[] = [0];
  for (let b = 0; b < chars.length && (widthTo[b] ?? 0) + hyphenWidth <= room; b++)
    widthTo.push((widthTo[b] ?? 0) + width(chars[b] ?? ""));
  let best: { index: number; score: number } | undefined;
  for (let b = widthTo.length - 1; b > 0; b--) {
    const candidate = scoreBreak(chars, 0, b, widthTo[b] ?? 0, room, hyphenWidth);
    if (candidate === undefined || !candidate.hyphen || candidate.score < 1) continue;
    if (best === undefined || candidate.score > best.score) best = candidate;
  }
  return best?.index;
}

const betweenLetters = (chars: readonly string[], b: number) =>
  HYPHENATES.test(chars[b - 1] ?? "") && HYPHENATES.test(chars[b] ?? "");

const consonant = (ch: string) => LETTER.test(ch) && !VOWEL.test(ch);

/** Per word, where the run of consonants that ends at each index begins (the index itself after a non-consonant). */
const runStarts = new WeakMap<readonly string[], Uint32Array>();

/**
 * Where the run of consonants just before chars[b] begins. Worked out once per word: scanning back from each place a
 * break is weighed made a long run of consonants (a pasted code, "xxxx…") take seconds to wrap.
 */
function runStart(chars: readonly string[], b: number): number {
  let starts = runStarts.get(chars);
  if (starts === undefined) {
    starts = new Uint32Array(chars.length + 1);
    for (let i = 1; i <= chars.length; i++) starts[i] = consonant(chars[i - 1] ?? "") ? (starts[i - 1] ?? 0) : i;
    runStarts.set(chars, starts);
  }
  return starts[b] ?? b;
}

/**
 * True when chars[b] starts a syllable: it begins the longest group of consonants that can start one (Schiff|fahrt,
 * Haft|pflicht, dampf|schiff, incom|prehensible) at the end of a run of consonants between two vowels.
 */
function startsSyllable(chars: readonly string[], b: number): boolean {
  // A syllable starts at most four consonants before the run's end: a longer run ahead says no at once.
  let end = b;
  while (consonant(chars[end] ?? "")) if (++end - b > 4) return false;
  const from = runStart(chars, b);
  if (end === b || !VOWEL.test(chars[end] ?? "") || !VOWEL.test(chars[from - 1] ?? "")) return false;
  const run = chars.slice(from, end).join("").toLowerCase();
  for (let k = Math.min(4, run.length); k > 1; k--) if (ONSETS.has(run.slice(-k))) return b === end - k;
  return b === end - 1;
}

/** A break before chars[b] with its score, or undefined when it is no place to break (or a hyphen would not fit). */
function scoreBreak(
  chars: readonly string[],
  start: number,
  b: number,
  pieceWidth: number,
  maxWidth: number,
  hyphenWidth: number,
): (Break & { score: number }) | undefined {
  if (b >= chars.length) return undefined;
  const before = chars[b - 1] ?? "";
  const after = chars[b] ?? "";
  if (OPEN_AFTER.test(before) && b - start >= 2) return { index: b, hyphen: false, score: 3 };
  if (!betweenLetters(chars, b) || pieceWidth + hyphenWidth > maxWidth) return undefined;
  if (!lettersEach(chars, start, b)) return undefined;
  const prev = chars[b - 2] ?? "";
  // The joint of a German compound: Schadens|regulierungs|prozess, Zufriedenheits|befragung.
  if (/s/i.test(before) && consonant(prev) && !/s/i.test(prev) && consonant(after) && !/[chtz]/i.test(after))
    return { index: b, hyphen: true, score: 2 };
  // A syllable's end: Kun|den, Scha|den, Schiff|fahrt, dampf|schiff, Zu|cker.
  if (startsSyllable(chars, b)) return { index: b, hyphen: true, score: 1 };
  return { index: b, hyphen: true, score: 0 };
}

/** Three letters or more in the piece before the break and in the rest of the word after it. */
function lettersEach(chars: readonly string[], start: number, b: number): boolean {
  let left = 0;
  for (let i = b - 1; i >= start && left < MIN_LETTERS; i--) if (LETTER.test(chars[i] ?? "")) left++;
  let right = 0;
  for (let i = b; i < chars.length && right < MIN_LETTERS; i++) if (LETTER.test(chars[i] ?? "")) right++;
  return left >= MIN_LETTERS && right >= MIN_LETTERS;
}
