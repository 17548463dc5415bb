// Blocks of wrapped lines: how tall they are and how they become text items on a page.
import { isRightToLeft } from "../bidi";
import { ASCENT, LINE } from "./style";
import { markGlyph, type MarkKind } from "./marks";
import { wrapLines } from "./wrap";
import type { BrokenWord, LayoutItem, TextMeasurer } from "./types";

export type BlockLine = {
  text: string;
  size: number;
  bold: boolean;
  color: string;
  indent: number;
  /** A glyph drawn in the indent before the text (moment of truth, signature interaction). */
  mark?: MarkKind;
  /**
   * A line of a right-to-left paragraph: it ends at the right edge of the `space` after the indent, so it starts
   * `space - width` further right (width measured).
   */
  rtl?: { space: number; width: number };
  /** A piece of a word broken with a hyphen (drawn after the text). */
  broken?: BrokenWord;
};

export type LineStyle = { size: number; bold?: boolean; color: string; indent?: number; mark?: MarkKind };

export function lineHeight(line: { size: number }): number {
  return line.size * LINE;
}

export function blockHeight(lines: readonly BlockLine[]): number {
  let h = 0;
  for (const l of lines) h += lineHeight(l);
  return h;
}

/**
 * Wraps text into block lines; a mark, if any, sits before the first line only. The lines of a paragraph whose
 * first letter is right-to-left (Hebrew, Arabic) are set against the right edge.
 */
export function textLines(text: string, width: number, style: LineStyle, measure: TextMeasurer): BlockLine[] {
  const indent = style.indent ?? 0;
  const bold = style.bold ?? false;
  const space = Math.max(10, width - indent);
  const lines: BlockLine[] = [];
  for (const paragraph of text.replace(/\r\n?/g, "\n").split("\n")) {
    const rtl = isRightToLeft(paragraph);
    // A right-to-left paragraph breaks a word without a hyphen: those scripts do not hyphenate.
    for (const wrapped of wrapLines(paragraph, space, { size: style.size, bold }, measure, !rtl)) {
      const t = wrapped.text;
      const line: BlockLine = { text: t, size: style.size, bold, color: style.color, indent };
      if (wrapped.broken !== undefined) line.broken = wrapped.broken;
      if (lines.length === 0 && style.mark !== undefined) line.mark = style.mark;
      if (rtl && t !== "") line.rtl = { space, width: Math.min(space, measure.width(t, style.size, bold)) };
      lines.push(line);
    }
  }
  return lines;
}

/** Emits lines top-down from (x, top); returns the y below the last line. */
export function drawLines(items: LayoutItem[], lines: readonly BlockLine[], x: number, top: number): number {
  let y = top;
  for (const l of lines) {
    const h = lineHeight(l);
    if (l.mark !== undefined) items.push(markGlyph(l.mark, x + l.indent / 2 - 0.5, y + h / 2, l.size * 0.42));
    if (l.text !== "") {
      const start = x + l.indent;
      items.push({
        type: "text",
        x: l.rtl === undefined ? start : start + l.rtl.space - l.rtl.width,
        y: y + l.size * ASCENT,
        text: l.text,
        size: l.size,
        bold: l.bold,
        color: l.color,
        ...(l.rtl === undefined ? {} : { rtl: { end: start + l.rtl.space } }),
        ...(l.broken === undefined ? {} : { broken: l.broken }),
      });
    }
    y += h;
  }
  return y;
}
