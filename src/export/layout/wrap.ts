// Greedy word wrap with real font metrics; a word wider than the line is broken, never cut or ellipsised.
import type { TextMeasurer } from "./types";

export type TextStyle = { size: number; bold: boolean };

/** Splits text into lines that each fit maxWidth; explicit newlines are kept; no character is dropped but spaces at a break. */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: TextMeasurer): string[] {
  const out: string[] = [];
  const width = (s: string) => measure.width(s, style.size, style.bold);
  const space = width(" ");
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== "");
    if (words.length === 0) {
      out.push("");
      continue;
    }
    let line = "";
    let lineWidth = 0;
    for (const word of words) {
      const ww = width(word);
      if (line !== "" && lineWidth + space + ww <= maxWidth) {
        line += " " + word;
        lineWidth += space + ww;
        continue;
      }
      if (line !== "") out.push(line);
      if (ww <= maxWidth) {
        line = word;
        lineWidth = ww;
        continue;
      }
      const pieces = breakWord(word, maxWidth, width);
      out.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? "";
      lineWidth = width(line);
    }
    out.push(line);
  }
  return out;
}

function breakWord(word: string, maxWidth: number, width: (s: string) => number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let pieceWidth = 0;
  // Summing glyph widths keeps a 5,000-character word linear; kerning differences are covered by padding.
  for (const ch of Array.from(word)) {
    const cw = width(ch);
    if (piece !== "" && pieceWidth + cw > maxWidth) {
      pieces.push(piece);
      piece = ch;
      pieceWidth = cw;
    } else {
      piece += ch;
      pieceWidth += cw;
    }
  }
  pieces.push(piece);
  return pieces;
}
