// Shared helpers for the export tests: a real-font measurer and a PDF text reader; the journeys live in journeys.ts.
import { inflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { fontMeasurer, type TextMeasurer } from "../../src/export";
import { loadFonts } from "../../server/exportFile";

export { FIXED_NOW, exampleJourney, generatedJourney, germanJourney, measuredEverywhereJourney } from "./journeys";

export async function realMeasurer(): Promise<TextMeasurer> {
  return fontMeasurer(PDFDocument, await loadFonts());
}

export type PdfText = { pages: string[]; sizes: [number, number][]; title: string | undefined };

/** The PDF's text layer, one string per page (items joined with spaces), its page sizes and its Title. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  const sizes: [number, number][] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    sizes.push([x1 - x0, y1 - y0]);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
    page.cleanup();
  }
  const meta = await pdf.getMetadata();
  const info: unknown = meta.info;
  const title =
    typeof info === "object" && info !== null && "Title" in info && typeof info.Title === "string"
      ? info.Title
      : undefined;
  await pdf.destroy();
  return { pages, sizes, title };
}

/** Collapses whitespace so text wrapped over several lines compares equal to the original. */
export const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** Removes all whitespace, for words the layout had to break between lines. */
export const dense = (s: string) => s.replace(/\s+/g, "");

/**
 * The glyph codes every text-showing operator of the PDF draws, per content stream. PDFKit writes text as 4-digit hex
 * glyph ids of the font's subset (Identity-H), where id 0 is always .notdef, the empty box of a missing character.
 */
export function glyphCodes(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString("latin1");
  const codes: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    let body: string;
    try {
      body = inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const tj of body.matchAll(/\[([^\]]*)\]\s*TJ/g))
      for (const hexText of (tj[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g))
        codes.push(...((hexText[1] ?? "").match(/.{4}/g) ?? []));
  }
  return codes;
}

/** The content streams of a PDF, inflated, as latin1 text (PDFKit compresses every one of them). */
export function contentStreams(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    try {
      out.push(inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1"));
    } catch {
      continue;
    }
  }
  return out;
}

const ESCAPED: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

/** A PDF literal string's text from just after its "(": escapes undone, UTF-16BE when it starts with FE FF. */
function literalString(body: string, from: number): string {
  let bytes = "";
  for (let i = from; i < body.length; i++) {
    const ch = body[i] ?? "";
    if (ch === ")") break;
    if (ch !== "\\") {
      bytes += ch;
      continue;
    }
    const next = body[++i] ?? "";
    const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3));
    if (octal !== null) {
      bytes += String.fromCharCode(parseInt(octal[0], 8));
      i += octal[0].length - 1;
    } else bytes += ESCAPED[next] ?? next;
  }
  const buffer = Buffer.from(bytes, "latin1");
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return Buffer.from(buffer.subarray(2)).swap16().toString("utf16le");
  return bytes;
}

/** The ActualText of every marked-content span in the PDF's pages: the text as written behind what is drawn. */
export function actualTexts(bytes: Uint8Array): string[] {
  const texts: string[] = [];
  for (const body of contentStreams(bytes))
    for (const m of body.matchAll(/\/ActualText \(/g)) texts.push(literalString(body, m.index + m[0].length));
  return texts;
}

/**
 * The text a reader that honours ActualText (Acrobat, poppler's pdftotext) copies and searches, one string per page:
 * pdfjs's text items joined with spaces, where the text drawn inside each marked span is replaced by the span's
 * ActualText. The spans are read from the content streams in order, which PDFKit writes page by page.
 */
export async function readPdfAsCopied(bytes: Uint8Array): Promise<string[]> {
  const actual = actualTexts(bytes);
  let next = 0;
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const parts: string[] = [];
    let inSpan = false;
    for (const item of content.items) {
      if ("str" in item) {
        if (!inSpan) parts.push(item.str);
      } else if (item.type === "beginMarkedContentProps" && "tag" in item && item.tag === "Span") {
        // pdfjs gives the tag at run time, though its types do not name it.
        const text = actual[next++];
        if (text === undefined) throw new Error("more marked spans than ActualTexts in the PDF");
        parts.push(text);
        inSpan = true;
      } else if (item.type === "endMarkedContent") inSpan = false;
    }
    pages.push(parts.join(" "));
    page.cleanup();
  }
  await pdf.destroy();
  if (next !== actual.length) throw new Error(`${actual.length} ActualTexts but ${next} marked spans`);
  return pages;
}
