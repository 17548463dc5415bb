// Real font metrics from PDFKit (fontkit underneath), so the layout wraps exactly as the PDF and SVG draw.
// A character the main font lacks (ł, ř, Cyrillic, Greek, ≥ → ✓) is set in the first fallback font that has it, and
// one that no font has is drawn as a readable stand-in (≥ as >=), never as an empty .notdef box.
import type { TextMeasurer } from "./layout/types";
import { substitutesFor } from "./substitutes";

export type PDFKitClass = typeof import("pdfkit");
export type FontPair = {
  regular: Uint8Array;
  bold: Uint8Array;
  /**
   * The same two fonts unpacked from WOFF (woff.ts), which PDFKit reads many times faster; regular and bold stay the
   * files an SVG embeds.
   */
  sfnt?: { regular: Uint8Array; bold: Uint8Array };
};
/** The main font pair and, optionally, fallbacks tried in order for characters it lacks. */
export type FontBytes = FontPair & { fallbacks?: readonly FontPair[] };

export const REGULAR = "OutsideIn-Regular";
export const BOLD = "OutsideIn-Bold";

const UNIT = 100;

const fontName = (index: number, bold: boolean) =>
  index === 0 ? (bold ? BOLD : REGULAR) : `OutsideIn-Fallback${index}-${bold ? "Bold" : "Regular"}`;

export function registerFonts(doc: PDFKit.PDFDocument, fonts: FontBytes): void {
  const main = fonts.sfnt ?? fonts;
  doc.registerFont(REGULAR, main.regular);
  doc.registerFont(BOLD, main.bold);
  (fonts.fallbacks ?? []).forEach((pair, i) => {
    const files = pair.sfnt ?? pair;
    doc.registerFont(fontName(i + 1, false), files.regular);
    doc.registerFont(fontName(i + 1, true), files.bold);
  });
}

/** A run of one font; `standIn` when it stands in for characters no embedded font has (see substitutes.ts). */
export type TextRun = { font: string; text: string; standIn?: true };

/** Splits text into runs of one font each; with no fallbacks (or none needed) that is one run in the main font. */
export type FontRuns = (text: string, bold: boolean) => TextRun[];

/** fontkit's glyph lookup of the font PDFKit has current; PDFKit keeps it on a private field, so it is checked, not trusted. */
function currentGlyphCheck(doc: PDFKit.PDFDocument): (codePoint: number) => boolean {
  const embedded: unknown = Reflect.get(doc, "_font");
  const face: unknown = typeof embedded === "object" && embedded !== null ? Reflect.get(embedded, "font") : undefined;
  const has: unknown =
    typeof face === "object" && face !== null ? Reflect.get(face, "hasGlyphForCodePoint") : undefined;
  if (typeof has !== "function") return () => true;
  return (cp) => Boolean(Reflect.apply(has, face, [cp]));
}

/**
 * Latin-1 and the punctuation German text is full of („ “ ‚ ‘ ’ – — • … €): when the main font has them all, a
 * string of nothing else is one run after one regex test, without a look-up per character.
 */
const COMMON: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x20ac, 0x20ac],
];
const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
const ALL_COMMON = new RegExp(`^[${COMMON.map(([a, b]) => `${hex(a)}-${hex(b)}`).join("")}]*$`, "u");

/** No font has the character: its stand-in is drawn instead (see substitutes.ts). */
const NONE = -1;

export function fontRuns(doc: PDFKit.PDFDocument, fonts: FontBytes | undefined): FontRuns {
  const count = 1 + (fonts?.fallbacks?.length ?? 0);
  const checks = new Map<string, (cp: number) => boolean>();
  const covers = (name: string, cp: number) => {
    let check = checks.get(name);
    if (check === undefined) {
      doc.font(name);
      check = currentGlyphCheck(doc);
      checks.set(name, check);
    }
    return check(cp);
  };
  const choice = new Map<number, number>();
  const pick = (cp: number, bold: boolean): number => {
    const key = bold ? -cp - 1 : cp;
    let index = choice.get(key);
    if (index === undefined) {
      index = NONE;
      for (let i = 0; index === NONE && i < count; i++) if (covers(fontName(i, bold), cp)) index = i;
      choice.set(key, index);
    }
    return index;
  };
  const stand = new Map<string, string>();
  /** The first stand-in every character of which some font has. */
  const standIn = (ch: string, bold: boolean): string => {
    const key = (bold ? "B" : "R") + ch;
    let text = stand.get(key);
    if (text === undefined) {
      const drawable = (s: string) => Array.from(s).every((c) => pick(c.codePointAt(0) ?? 0, bold) !== NONE);
      text = substitutesFor(ch).find(drawable) ?? "?";
      stand.set(key, text);
    }
    return text;
  };
  const mainHasCommon = (bold: boolean) =>
    COMMON.every(([from, to]) => {
      for (let cp = from; cp <= to; cp++) if (pick(cp, bold) !== 0) return false;
      return true;
    });
  const fast = { regular: mainHasCommon(false), bold: mainHasCommon(true) };
  return (text, bold) => {
    const main = fontName(0, bold);
    if ((bold ? fast.bold : fast.regular) && ALL_COMMON.test(text)) return [{ font: main, text }];
    const runs: TextRun[] = [];
    let current = -1;
    let currentStandIn = false;
    const add = (index: number, piece: string, isStandIn: boolean) => {
      const last = runs[runs.length - 1];
      if (index === current && isStandIn === currentStandIn && last !== undefined) last.text += piece;
      else runs.push({ font: fontName(index, bold), text: piece, ...(isStandIn ? { standIn: true as const } : {}) });
      current = index;
      currentStandIn = isStandIn;
    };
    for (const ch of text) {
      const index = pick(ch.codePointAt(0) ?? 0, bold);
      if (index !== NONE) add(index, ch, false);
      else for (const c of standIn(ch, bold)) add(Math.max(0, pick(c.codePointAt(0) ?? 0, bold)), c, true);
    }
    return runs.length === 0 ? [{ font: main, text: "" }] : runs;
  };
}

/** Widths per set of font files, kept while the caller keeps that set, so a server measures each word once, not per export. */
const shared = new WeakMap<object, Map<string, number>>();

/**
 * Measures with the fonts registered on this document; widths are linear in size, so one size is cached.
 * `fonts`, when given, must be the bytes registered on `doc`: the cache is shared by every document using them.
 */
export function pdfkitMeasurer(
  doc: PDFKit.PDFDocument,
  fonts?: FontBytes,
  runs: FontRuns = fontRuns(doc, fonts),
): TextMeasurer {
  let cache = fonts === undefined ? undefined : shared.get(fonts);
  if (cache === undefined) {
    cache = new Map<string, number>();
    if (fonts !== undefined) shared.set(fonts, cache);
  }
  const widths = cache;
  return {
    width(text, size, bold = false) {
      const key = (bold ? "B" : "R") + text;
      let w = widths.get(key);
      if (w === undefined) {
        w = 0;
        for (const run of runs(text, bold)) {
          doc.font(run.font).fontSize(UNIT);
          w += doc.widthOfString(run.text);
        }
        widths.set(key, w);
      }
      return (w * size) / UNIT;
    },
    standsIn: (text, bold) => runs(text, bold).some((run) => run.standIn === true),
    fallbacksOf: (text, bold) => {
      const used = new Set<number>();
      for (const run of runs(text, bold)) {
        const index = FALLBACK_INDEX.exec(run.font);
        if (index !== null) used.add(Number(index[1]));
      }
      return [...used];
    },
  };
}

const FALLBACK_INDEX = /^OutsideIn-Fallback(\d+)-/;

/** A measurer for callers without a PDF at hand (the SVG): a document that is never written. */
export function fontMeasurer(PDFDocument: PDFKitClass, fonts: FontBytes): TextMeasurer {
  const doc = new PDFDocument({ autoFirstPage: false, font: "" });
  registerFonts(doc, fonts);
  return pdfkitMeasurer(doc, fonts);
}
