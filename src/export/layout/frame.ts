// The frame every page shares: a running header with the journey title, the body area, the footer with page number and legend.
import type { Words } from "../words";
import { blockHeight, drawLines, textLines, type BlockLine } from "./block";
import { markGlyph } from "./marks";
import { ASCENT, COLOR, FOOTER_H, MARGIN, PAPER, SIZE } from "./style";
import type { LayoutItem, LayoutPage, PageKind, Paper, TextMeasurer } from "./types";

export type Frame = {
  width: number;
  height: number;
  left: number;
  right: number;
  contentWidth: number;
  bodyTop: number;
  bodyBottom: number;
  header: BlockLine[];
  measure: TextMeasurer;
};

/** A page being built: its items, how far down its content reaches, the footnotes that belong on it. */
export type PageDraft = { kind: PageKind; items: LayoutItem[]; bottom: number; notes: number[]; subtitle: string };

export function makeFrame(paper: Paper, title: string, measure: TextMeasurer): Frame {
  const { width, height } = PAPER[paper];
  return frameOfSize(width, height, title, measure);
}

/** A frame of any size: the PNG of the whole map is one page as large as the map. */
export function frameOfSize(width: number, height: number, title: string, measure: TextMeasurer): Frame {
  const contentWidth = width - 2 * MARGIN;
  // The title keeps two thirds of the header, so a 200-character title wraps instead of running into the subtitle.
  // A right-to-left title reads right to left but stands where every running title does, at the header's left:
  // set against the right of the two thirds, it would float in the middle of the page.
  const header = textLines(
    title,
    contentWidth * 0.64,
    { size: SIZE.header, bold: true, color: COLOR.muted },
    measure,
  ).map((line) => (line.rtl === undefined ? line : { ...line, rtl: { ...line.rtl, space: line.rtl.width } }));
  const bodyTop = MARGIN + blockHeight(header) + 10;
  return {
    width,
    height,
    left: MARGIN,
    right: width - MARGIN,
    contentWidth,
    bodyTop,
    bodyBottom: height - MARGIN - FOOTER_H,
    header,
    measure,
  };
}

export function newDraft(frame: Frame, kind: PageKind, subtitle = ""): PageDraft {
  return { kind, items: [], bottom: frame.bodyTop, notes: [], subtitle };
}

/**
 * Adds header, footer, legend (on map pages) and "Page x of y" once the page count is known. A single sheet (the
 * PNG of the whole map) has the title in its header and no page number.
 */
export function finishPages(
  drafts: readonly PageDraft[],
  frame: Frame,
  words: Words,
  options: { single?: boolean } = {},
): LayoutPage[] {
  const total = drafts.length;
  const single = options.single === true;
  return drafts.map((d, i) => {
    const items: LayoutItem[] = [];
    // The title page shows the title large already; every other page carries it as a running header.
    if (i > 0 || single) drawLines(items, frame.header, frame.left, MARGIN);
    if (d.subtitle !== "")
      items.push(rightText(frame, d.subtitle, MARGIN + SIZE.header * ASCENT, SIZE.header, COLOR.muted));
    items.push({
      type: "line",
      x1: frame.left,
      y1: frame.bodyTop - 5,
      x2: frame.right,
      y2: frame.bodyTop - 5,
      stroke: COLOR.rule,
      lineWidth: 0.5,
    });
    items.push(...d.items);
    const footY = frame.height - MARGIN - 4;
    items.push({
      type: "line",
      x1: frame.left,
      y1: frame.bodyBottom + 6,
      x2: frame.right,
      y2: frame.bodyBottom + 6,
      stroke: COLOR.rule,
      lineWidth: 0.5,
    });
    if (!single) items.push(rightText(frame, words.page(i + 1, total), footY, SIZE.pageNo, COLOR.muted));
    if (d.kind === "map") items.push(...legend(frame, words, footY));
    return { kind: d.kind, items };
  });
}

function rightText(frame: Frame, text: string, baseline: number, size: number, color: string): LayoutItem {
  const w = frame.measure.width(text, size, false);
  return { type: "text", x: frame.right - w, y: baseline, text, size, bold: false, color };
}

function legend(frame: Frame, words: Words, baseline: number): LayoutItem[] {
  const size = SIZE.pageNo;
  const items: LayoutItem[] = [];
  let x = frame.left;
  const label = (text: string, bold = false) => {
    items.push({ type: "text", x, y: baseline, text, size, bold, color: COLOR.muted });
    x += frame.measure.width(text, size, bold) + 12;
  };
  label(`${words.legend}:`, true);
  const mid = baseline - size * 0.35;
  items.push(markGlyph("mot", x + 3, mid, 3.2));
  x += 9;
  label(words.momentOfTruth);
  items.push(markGlyph("sig", x + 3, mid, 3.2));
  x += 9;
  label(words.signatureInteraction);
  items.push({
    type: "path",
    commands: [
      { op: "M", x, y: mid + 2 },
      { op: "C", x1: x + 5, y1: mid - 5, x2: x + 9, y2: mid + 5, x: x + 16, y: mid - 2 },
    ],
    stroke: COLOR.curve,
    lineWidth: 1.2,
  });
  x += 20;
  label(words.emotionCurve);
  return items;
}
