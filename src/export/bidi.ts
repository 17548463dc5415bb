// Right-to-left words (Arabic, Hebrew) in a printed line: the PDF draws pieces left to right, so a run of RTL words
// is put in visual order here. Each word stays in logical order: the font's shaper reverses (and joins) its letters.

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LTR_LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const DIGIT = /\p{Nd}/u;
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
};

type Kind = "r" | "l" | "d" | "n";

function kindOf(ch: string): Kind {
  if (RTL.test(ch)) return "r";
  if (LTR_LETTER.test(ch)) return "l";
  if (DIGIT.test(ch)) return "d";
  return "n";
}

/**
 * The text cut into pieces in the order they are drawn from left to right, on a left-to-right line: a stretch
 * that starts and ends with a right-to-left letter and holds no left-to-right letter has its words, numbers and
 * punctuation reversed (brackets mirrored), numbers kept left to right. Text without RTL letters is one piece.
 */
export function visualPieces(text: string): string[] {
  if (!RTL.test(text)) return [text];
  // Units: a word of one kind with its combining marks, or one neutral character.
  const units: { text: string; kind: Kind }[] = [];
  for (const ch of text) {
    const last = units[units.length - 1];
    const kind = kindOf(ch);
    if (last !== undefined && MARK.test(ch)) last.text += ch;
    else if (last !== undefined && kind !== "n" && last.kind === kind) last.text += ch;
    else units.push({ text: ch, kind });
  }
  const pieces: string[] = [];
  let plain = "";
  let i = 0;
  while (i < units.length) {
    const unit = units[i];
    if (unit === undefined) break;
    if (unit.kind !== "r") {
      plain += unit.text;
      i++;
      continue;
    }
    // The stretch runs to the last RTL word before the next LTR letter.
    let end = i;
    for (let j = i; j < units.length && units[j]?.kind !== "l"; j++) if (units[j]?.kind === "r") end = j;
    if (plain !== "") pieces.push(plain);
    plain = "";
    for (let j = end; j >= i; j--) {
      const piece = units[j]?.text ?? "";
      pieces.push(MIRROR[piece] ?? piece);
    }
    i = end + 1;
  }
  if (plain !== "") pieces.push(plain);
  return pieces;
}
