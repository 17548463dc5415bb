// Right-to-left words (Arabic, Hebrew) in a printed line: the PDF draws pieces left to right, so the line is put in
// visual order here. Each word stays in logical order: the font's shaper reverses (and joins) its letters.
// A paragraph whose first letter is right-to-left reads right to left as a whole (its line starts at the right edge);
// any other reads left to right, with each stretch of right-to-left words in it reversed.

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LTR_LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
/** Separators inside a number (1.299, 12,50, 10:30, 1/2): they stay between its digits. */
const NUMBER_SEPARATOR = /^[.,:/\u00a0\u066b\u066c]$/u;
/** Signs that belong to the number they touch (12€, 5%, ٤٥٪). */
const NUMBER_SIGN = /^[\p{Sc}%‰#°\u066a]$/u;
const MIRROR: Readonly<Record<string, string>> = {
  "(": ")",
  ")": "(",
  "[": "]",
  "]": "[",
  "{": "}",
  "}": "{",
  "<": ">",
  ">": "<",
  "«": "»",
  "»": "«",
  "‹": "›",
  "›": "‹",
};

type Kind = "r" | "l" | "d" | "n";
type Unit = { text: string; kind: Kind };

function kindOf(ch: string): Kind {
  // Digits first: Arabic-Indic digits belong to the Arabic script but are written left to right.
  if (DIGIT.test(ch)) return "d";
  if (RTL.test(ch)) return "r";
  if (LTR_LETTER.test(ch)) return "l";
  return "n";
}

/** The direction of the text's first letter; undefined when it has none (only digits, signs or spaces). */
export function directionOf(text: string): "rtl" | "ltr" | undefined {
  for (const ch of text) {
    const kind = kindOf(ch);
    if (kind === "r") return "rtl";
    if (kind === "l") return "ltr";
  }
  return undefined;
}

/** True when the text's first letter is right-to-left: the paragraph then reads, and is aligned, right to left. */
export function isRightToLeft(text: string): boolean {
  return directionOf(text) === "rtl";
}

/** Words of one kind with their combining marks, numbers with their separators and signs, and single neutrals. */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (const ch of text) {
    const last = units[units.length - 1];
    const kind = kindOf(ch);
    if (last !== undefined && MARK.test(ch)) last.text += ch;
    else if (last !== undefined && kind !== "n" && last.kind === kind) last.text += ch;
    else units.push({ text: ch, kind });
  }
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    const last = out[out.length - 1];
    const next = units[i + 1];
    if (last?.kind === "d" && unit.kind === "n" && NUMBER_SEPARATOR.test(unit.text) && next?.kind === "d") {
      last.text += unit.text + next.text;
      i++;
    } else if (last?.kind === "d" && unit.kind === "n" && NUMBER_SIGN.test(unit.text)) last.text += unit.text;
    else if (unit.kind === "n" && NUMBER_SIGN.test(unit.text) && next?.kind === "d") {
      out.push({ text: unit.text + next.text, kind: "d" });
      i++;
    } else out.push({ ...unit });
  }
  return out;
}

/**
 * A unit as drawn pieces: a neutral mirrored where it has a mirror image, and a number in right-to-left digits
 * (٤٥٠) one digit at a time, as a shaper that sees Arabic script would reverse it.
 */
function piecesOf(unit: Unit): string[] {
  if (unit.kind === "n") return [MIRROR[unit.text] ?? unit.text];
  if (unit.kind === "d" && RTL.test(unit.text)) return Array.from(unit.text);
  return [unit.text];
}

/**
 * The text cut into pieces in the order they are drawn from left to right.
 *
 * On a left-to-right line (`rightToLeft` false): a stretch that starts and ends with a right-to-left letter and
 * holds no left-to-right letter has its words, numbers and punctuation reversed (brackets mirrored), numbers kept
 * left to right. Text without RTL letters is one piece.
 *
 * On a right-to-left line: the whole line is reversed the same way, except that each stretch from a left-to-right
 * letter to the last left-to-right word or number before the next right-to-left letter stays as written.
 */
export function visualPieces(text: string, rightToLeft = false): string[] {
  if (!rightToLeft && !RTL.test(text)) return [text];
  const units = unitsOf(text);
  return rightToLeft ? rightToLeftPieces(units) : leftToRightPieces(units);
}

function leftToRightPieces(units: readonly Unit[]): string[] {
  const pieces: string[] = [];
  let plain = "";
  let i = 0;
  while (i < units.length) {
    const unit = units[i];
    if (unit === undefined) break;
    if (unit.kind !== "r") {
      if (unit.kind === "d" && RTL.test(unit.text)) {
        if (plain !== "") pieces.push(plain);
        plain = "";
        pieces.push(...piecesOf(unit));
      } else plain += unit.text;
      i++;
      continue;
    }
    // The stretch runs to the last RTL word before the next LTR letter.
    let end = i;
    for (let j = i; j < units.length && units[j]?.kind !== "l"; j++) if (units[j]?.kind === "r") end = j;
    if (plain !== "") pieces.push(plain);
    plain = "";
    for (let j = end; j >= i; j--) pieces.push(...piecesOf(units[j] as Unit));
    i = end + 1;
  }
  if (plain !== "") pieces.push(plain);
  return pieces;
}

function rightToLeftPieces(units: readonly Unit[]): string[] {
  // Logical order of the line's atoms: a left-to-right stretch is one atom, written as it is.
  const atoms: string[][] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i] as Unit;
    if (unit.kind !== "l") {
      atoms.push(piecesOf(unit));
      i++;
      continue;
    }
    let end = i;
    for (let j = i; j < units.length && units[j]?.kind !== "r"; j++)
      if (units[j]?.kind === "l" || units[j]?.kind === "d") end = j;
    atoms.push([
      units
        .slice(i, end + 1)
        .map((u) => u.text)
        .join(""),
    ]);
    i = end + 1;
  }
  return atoms.reverse().flat();
}
