// Real font metrics from PDFKit (fontkit underneath), so the layout wraps exactly as the PDF and SVG draw.
import type { TextMeasurer } from "./layout/types";

export type PDFKitClass = typeof import("pdfkit");
export type FontBytes = { regular: Uint8Array; bold: Uint8Array };

export const REGULAR = "OutsideIn-Regular";
export const BOLD = "OutsideIn-Bold";

const UNIT = 100;

/** Widths per pair of font files, kept while the caller keeps that pair, so a server measures each word once, not per export. */
const shared = new WeakMap<object, Map<string, number>>();

/**
 * Measures with the fonts registered on this document; widths are linear in size, so one size is cached.
 * `fonts`, when given, must be the bytes registered on `doc`: the cache is shared by every document using them.
 */
export function pdfkitMeasurer(doc: PDFKit.PDFDocument, fonts?: FontBytes): TextMeasurer {
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
        doc.font(bold ? BOLD : REGULAR).fontSize(UNIT);
        w = doc.widthOfString(text);
        widths.set(key, w);
      }
      return (w * size) / UNIT;
    },
  };
}

export function registerFonts(doc: PDFKit.PDFDocument, fonts: FontBytes): void {
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
}

/** A measurer for callers without a PDF at hand (the SVG): a document that is never written. */
export function fontMeasurer(PDFDocument: PDFKitClass, fonts: FontBytes): TextMeasurer {
  const doc = new PDFDocument({ autoFirstPage: false, font: "" });
  registerFonts(doc, fonts);
  return pdfkitMeasurer(doc, fonts);
}
