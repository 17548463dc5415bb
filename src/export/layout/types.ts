// The print layout's vocabulary: pages of positioned shapes and single-line text runs, in PDF points.
import type { Journey } from "../../doc";

/** Real font metrics: the width of a string at a size, in points. The PDF and the SVG use the same one. */
export type TextMeasurer = {
  width(text: string, size: number, bold?: boolean): number;
  /** True when no embedded font has some character of the text: the PDF prints a stand-in for it (substitutes.ts). */
  standsIn?(text: string, bold: boolean): boolean;
  /** The fallback fonts (1 for the first) the text is set in, beside the main font. */
  fallbacksOf?(text: string, bold: boolean): number[];
};

/** What the layout shows of the outside-in checks when a caller passes them (any findings list fits). */
export type JourneyHealthLike = {
  score?: number;
  findings?: readonly { rule: string; severity?: string; message: string }[];
};

export type Paper = "a3" | "a4";

export type Color = string;

export type RectItem = {
  type: "rect";
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: Color;
  stroke?: Color;
  lineWidth?: number;
  radius?: number;
};

export type LineItem = {
  type: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: Color;
  lineWidth: number;
  dash?: number;
};

/** A vector path: M moves, L draws a line, C draws a cubic curve (two control points, then the end). */
export type PathCommand =
  | { op: "M"; x: number; y: number }
  | { op: "L"; x: number; y: number }
  | { op: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: "Z" };

export type PathItem = {
  type: "path";
  commands: PathCommand[];
  stroke?: Color;
  fill?: Color;
  lineWidth?: number;
};

export type CircleItem = { type: "circle"; cx: number; cy: number; r: number; fill?: Color; stroke?: Color };

/** One line of text; y is the baseline. Wrapping already happened in the layout. */
export type TextItem = {
  type: "text";
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  color: Color;
  /**
   * A line of a right-to-left paragraph: read right to left, its right end at `end` (x is where it starts as
   * measured; a renderer that draws with other fonts sets it against `end`).
   */
  rtl?: { end: number };
  /** The line holds a piece of a word too wide for its column, broken with a hyphen: see BrokenWord. */
  broken?: BrokenWord;
};

/**
 * Where a line holds pieces of words the layout broke with a hyphen (wrap.ts). The line's text stays as written:
 * `hyphen` says that a hyphen is drawn after it. The PDF marks the pieces so that a reader copies and searches each
 * word whole: `first` when the line ends with a word's first piece (from `start`, in UTF-16 units; the whole word is
 * what a reader gets), `rest` when it starts with a later piece (that many UTF-16 units, which stand for nothing).
 */
export type BrokenWord = { rest?: number; first?: { word: string; start: number }; hyphen: boolean };

export type LayoutItem = RectItem | LineItem | PathItem | CircleItem | TextItem;

export type PageKind = "title" | "map" | "plan" | "notes";

export type LayoutPage = { kind: PageKind; items: LayoutItem[] };

export type PrintLayout = {
  paper: Paper;
  width: number;
  height: number;
  title: string;
  language: "en" | "de";
  pages: LayoutPage[];
};

export type LayoutOptions = {
  paper: Paper;
  comments?: boolean;
  measure: TextMeasurer;
  now?: Date;
  health?: JourneyHealthLike;
  /**
   * True when the renderer prints some character of the text as a stand-in (no font has it): the PDF passes it, so
   * its title page says how such characters are printed and where the text as written is kept.
   */
  standsIn?: (text: string, bold: boolean) => boolean;
};

export type { Journey };
