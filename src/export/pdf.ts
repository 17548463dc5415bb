// The vector PDF: the print layout drawn with PDFKit, real selectable text in an embedded, subset font.
import type { Journey } from "../doc";
import { visualPieces } from "./bidi";
import { layoutJourney } from "./layout";
import type { BrokenWord, JourneyHealthLike, LayoutItem, PathCommand, TextItem } from "./layout/types";
import { BREAK_HYPHEN } from "./layout/wrap";
import { fontRuns, pdfkitMeasurer, registerFonts, type FontBytes, type FontRuns, type PDFKitClass } from "./measure";

export type PdfOptions = {
  paper?: "a3" | "a4";
  comments?: boolean;
  fonts: FontBytes;
  /** Injected so the browser passes the standalone build and Node passes the `pdfkit` package. */
  PDFDocument: PDFKitClass;
  now?: Date;
  health?: JourneyHealthLike;
  /** Called after each page is drawn; when given, the renderer yields between pages so a progress bar can paint. */
  onProgress?: (pagesDone: number, pagesTotal: number) => void;
};

export async function renderPdf(journey: Journey, options: PdfOptions): Promise<Uint8Array> {
  const paper = options.paper ?? "a3";
  const now = options.now ?? new Date();
  const doc = new options.PDFDocument({
    autoFirstPage: false,
    // No default font: PDFKit's browser build has no standard fonts, and ours are registered right after.
    font: "",
    margin: 0,
    compress: true,
    displayTitle: true,
    lang: journey.language ?? "en",
    info: { Title: journey.title, Creator: "Outside-In", Producer: "Outside-In", CreationDate: now },
  });
  const chunks: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
  });
  registerFonts(doc, options.fonts);
  const runs = fontRuns(doc, options.fonts);
  const layout = layoutJourney(journey, {
    paper,
    measure: pdfkitMeasurer(doc, options.fonts, runs),
    standsIn: (text, bold) => runs(text, bold).some((run) => run.standIn === true),
    now,
    ...(options.comments !== undefined ? { comments: options.comments } : {}),
    ...(options.health !== undefined ? { health: options.health } : {}),
  });
  const total = layout.pages.length;
  for (const [i, page] of layout.pages.entries()) {
    doc.addPage({ size: [layout.width, layout.height], margin: 0 });
    for (const item of page.items) draw(doc, item, runs);
    if (options.onProgress !== undefined) {
      options.onProgress(i + 1, total);
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  }
  doc.end();
  await done;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function draw(doc: PDFKit.PDFDocument, item: LayoutItem, runs: FontRuns): void {
  switch (item.type) {
    case "text": {
      if (item.broken !== undefined && item.rtl === undefined) drawBroken(doc, item, item.broken, runs);
      else drawText(doc, item, item.text, runs, true);
      return;
    }
    case "rect":
      if (item.radius !== undefined) doc.roundedRect(item.x, item.y, item.w, item.h, item.radius);
      else doc.rect(item.x, item.y, item.w, item.h);
      paint(doc, item.fill, item.stroke, item.lineWidth);
      return;
    case "line":
      doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.lineWidth);
      if (item.dash !== undefined) doc.dash(item.dash, { space: item.dash });
      doc.stroke(item.stroke);
      if (item.dash !== undefined) doc.undash();
      return;
    case "circle":
      doc.circle(item.cx, item.cy, item.r);
      paint(doc, item.fill, item.stroke, undefined);
      return;
    case "path":
      for (const c of item.commands) pathStep(doc, c);
      paint(doc, item.fill, item.stroke, item.lineWidth);
      return;
  }
}

/**
 * Draws text of the item's style; `first` at the item's position, else where the text drawn before ended. Runs after
 * the first continue where the previous one ended: PDFKit advances x by the run's width. Each piece is shaped on its
 * own, so a right-to-left word is reversed by the shaper but never merged with its neighbours (which would reverse the
 * words' order back). A right-to-left line is set against its right end by the width of what is drawn. `marked`:
 * the text is inside a span that already says what it stands for.
 */
function drawText(
  doc: PDFKit.PDFDocument,
  item: TextItem,
  text: string,
  runs: FontRuns,
  first: boolean,
  marked = false,
): void {
  const drawn = visualPieces(text, item.rtl !== undefined).flatMap((piece) => runs(piece, item.bold));
  let x = item.x;
  if (item.rtl !== undefined) {
    x = item.rtl.end;
    for (const run of drawn) x -= doc.font(run.font).fontSize(item.size).widthOfString(run.text);
  }
  // Stand-ins (no font has the character) are drawn, and the text as written is the ActualText: what a reader
  // copies, searches and extracts.
  const standIn = !marked && drawn.some((run) => run.standIn === true);
  if (standIn) doc.markContent("Span", { actual: text });
  drawn.forEach((run, i) => {
    doc.font(run.font).fontSize(item.size).fillColor(item.color);
    const options = { lineBreak: false, baseline: "alphabetic" } as const;
    if (first && i === 0) doc.text(run.text, x, item.y, options);
    else doc.text(run.text, options);
  });
  if (standIn) doc.endMarkedContent();
}

/**
 * A line that holds pieces of words broken with a hyphen. Each piece, with its hyphen, is marked so that a reader that
 * honours ActualText (Acrobat, poppler's pdftotext) copies and finds the whole word: a first piece stands for the
 * whole word, a later one for nothing. The rest of the line is drawn as any other.
 */
function drawBroken(doc: PDFKit.PDFDocument, item: TextItem, broken: BrokenWord, runs: FontRuns): void {
  const headEnd = broken.rest ?? 0;
  const tailStart = broken.first?.start ?? item.text.length;
  const hyphen = broken.hyphen ? BREAK_HYPHEN : "";
  let first = true;
  const part = (text: string, actual?: string) => {
    if (text === "") return;
    if (actual === undefined) drawText(doc, item, text, runs, first);
    else {
      // PDFKit leaves out an empty ActualText, so that span is written as it is.
      if (actual === "") doc.addContent("/Span <</ActualText ()>> BDC");
      else doc.markContent("Span", { actual });
      drawText(doc, item, text, runs, first, true);
      if (actual === "") doc.addContent("EMC");
      else doc.endMarkedContent();
    }
    first = false;
  };
  part(item.text.slice(0, headEnd) + (broken.first === undefined ? hyphen : ""), "");
  part(item.text.slice(headEnd, tailStart));
  if (broken.first !== undefined) part(item.text.slice(tailStart) + hyphen, broken.first.word);
}

function pathStep(doc: PDFKit.PDFDocument, c: PathCommand): void {
  if (c.op === "M") doc.moveTo(c.x, c.y);
  else if (c.op === "L") doc.lineTo(c.x, c.y);
  else if (c.op === "C") doc.bezierCurveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
  else doc.closePath();
}

function paint(
  doc: PDFKit.PDFDocument,
  fill: string | undefined,
  stroke: string | undefined,
  lineWidth: number | undefined,
): void {
  if (lineWidth !== undefined) doc.lineWidth(lineWidth);
  if (fill !== undefined && stroke !== undefined) doc.fillAndStroke(fill, stroke);
  else if (fill !== undefined) doc.fill(fill);
  else if (stroke !== undefined) doc.stroke(stroke);
}
