// Export in the browser: the same layout and renderers as Node, with PDFKit's browser build and the font fetched by URL.
// PDFKit is imported on first use, so the editor's first load does not carry it.
import regularUrl from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url";
import boldUrl from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url";
import extRegularUrl from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url";
import extBoldUrl from "@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url";
import cyrillicRegularUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url";
import cyrillicBoldUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url";
import greekRegularUrl from "@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url";
import greekBoldUrl from "@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff?url";
import symbolsRegularUrl from "@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff?url";
import symbolsBoldUrl from "@fontsource/dejavu-sans/files/dejavu-sans-latin-700-normal.woff?url";
import type { Journey } from "../doc";
import { serializeJourney } from "../format";
import { exportFileNames } from "./fileName";
import { renderMeasurementCsv, type CsvSeparator } from "./csv";
import { fontMeasurer, type FontBytes, type FontPair, type PDFKitClass } from "./measure";
import { renderPdf } from "./pdf";
import { pngScale } from "./pngSize";
import { renderMapSheet, renderSvgSheet } from "./svg";
import { saveFile } from "./saveFile";
import { woffToSfntLater } from "./woff";

export type BrowserExportFormat = "pdf" | "svg" | "png" | "csv" | "json";
export type BrowserExportOptions = {
  paper?: "a3" | "a4";
  comments?: boolean;
  /** CSV only: "semicolon" writes the Excel dialect (semicolons, decimal commas); commas are the default. */
  separator?: CsvSeparator;
  /** PDF only: pages drawn so far, for a progress bar on big maps. */
  onProgress?: (pagesDone: number, pagesTotal: number) => void;
};

let pdfkit: Promise<PDFKitClass> | undefined;
const pairs = new Map<string, Promise<FontPair>>();
/** One object per set of fonts, so the measurer's width cache (kept per object) lasts from one export to the next. */
const sets = new Map<string, FontBytes>();

/** Latin Extended, Greek and Cyrillic letters: only a journey holding some needs these fallback files (about 200 kB). */
const NEEDS_FALLBACK = /[\u0100-\u024f\u0370-\u052f\u1e00-\u1fff]/;
/**
 * Symbols Noto Sans lacks: ‰ and the rest of general punctuation past …, super- and subscripts, currencies but €,
 * letterlike symbols, arrows, maths, technical signs, boxes, shapes, ☺ ★ ✓ ✗ and emoji; and the scripts no Noto
 * subset here has: Armenian, Hebrew, Arabic (with its presentation forms), N'Ko and Georgian. DejaVu Sans (about
 * 700 kB) draws them, as it does in the server's export; what it lacks too is printed as a readable stand-in (see
 * substitutes.ts).
 */
const NEEDS_SYMBOLS =
  /[\u0530-\u06ff\u07c0-\u07ff\u10a0-\u10ff\u2030-\u205e\u2070-\u20ab\u20ad-\u2bff\ufb13-\ufdff\ufe70-\ufeff\u{1f000}-\u{1faff}]/u;

async function fetchFont(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`The export font could not be loaded (${res.status}).`);
  return new Uint8Array(await res.arrayBuffer());
}

/** A zlib-compressed font table inflated by the browser, off the main thread's JavaScript. */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice().buffer]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The pair with its fonts unpacked from WOFF for PDFKit, which reads them many times faster (see woff.ts); a browser
 * without DecompressionStream, or a font that will not unpack, keeps the WOFF files alone, which work, only slower.
 */
async function unpacked(pair: FontPair): Promise<FontPair> {
  if (typeof DecompressionStream !== "function") return pair;
  try {
    const [regular, bold] = await Promise.all([
      woffToSfntLater(pair.regular, inflate),
      woffToSfntLater(pair.bold, inflate),
    ]);
    return { ...pair, sfnt: { regular, bold } };
  } catch {
    return pair;
  }
}

/** A regular and bold pair, fetched once per page load; a failed fetch is tried again next time. */
function fetchPair(regular: string, bold: string): Promise<FontPair> {
  let pair = pairs.get(regular);
  if (pair === undefined) {
    pair = Promise.all([fetchFont(regular), fetchFont(bold)]).then(([r, b]) => unpacked({ regular: r, bold: b }));
    pair.catch(() => pairs.delete(regular));
    pairs.set(regular, pair);
  }
  return pair;
}

/**
 * The server's fonts: Noto Sans latin, with latin-ext, cyrillic and greek as fallbacks, and DejaVu Sans last for
 * symbols; each fallback is fetched only when the journey holds a character it is for.
 */
async function loadFonts(journey: Journey): Promise<FontBytes> {
  const text = JSON.stringify(journey);
  const letters = NEEDS_FALLBACK.test(text);
  const symbols = NEEDS_SYMBOLS.test(text);
  const wanted: Promise<FontPair>[] = [];
  if (letters)
    wanted.push(
      fetchPair(extRegularUrl, extBoldUrl),
      fetchPair(cyrillicRegularUrl, cyrillicBoldUrl),
      fetchPair(greekRegularUrl, greekBoldUrl),
    );
  if (symbols) wanted.push(fetchPair(symbolsRegularUrl, symbolsBoldUrl));
  const [main, ...fallbacks] = await Promise.all([fetchPair(regularUrl, boldUrl), ...wanted]);
  if (main === undefined) throw new Error("The export font could not be loaded.");
  if (fallbacks.length === 0) return main;
  const key = `${letters}/${symbols}`;
  let set = sets.get(key);
  if (set === undefined) {
    set = { ...main, fallbacks };
    sets.set(key, set);
  }
  return set;
}

function loadPdfKit(): Promise<PDFKitClass> {
  pdfkit ??= import("pdfkit").then((m) => m.default);
  pdfkit.catch(() => (pdfkit = undefined));
  return pdfkit;
}

/**
 * The download's name: the title as written, in any script (the server's `filename*` names it alike), with the paper
 * size for PDF and SVG, "with comments" (in the map's language) for a printed file that holds them, and "Excel" for
 * the CSV with semicolons.
 */
export function exportFileName(
  journey: Journey,
  extension: string,
  paper: "a3" | "a4" = "a3",
  comments = false,
  separator: CsvSeparator = "comma",
): string {
  // A map without comments makes the same file either way, under the same name.
  const holdsComments = comments && (journey.comments?.length ?? 0) > 0;
  return exportFileNames(journey.title, extension, paper, {
    comments: holdsComments,
    language: journey.language,
    separator,
  }).name;
}

/**
 * Builds the file; the PNG is the whole map on one sheet drawn onto a canvas, at two pixels per point or fewer for a
 * big map (a map too big even at one throws PngTooLargeError, with a sentence, before anything is drawn).
 */
export async function exportBlob(
  journey: Journey,
  format: BrowserExportFormat,
  options: BrowserExportOptions = {},
): Promise<Blob> {
  const paper = options.paper ?? "a3";
  const comments = options.comments ?? false;
  switch (format) {
    case "pdf": {
      const bytes = await renderPdf(journey, {
        paper,
        comments,
        fonts: await loadFonts(journey),
        PDFDocument: await loadPdfKit(),
        ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
      });
      return new Blob([bytes.slice().buffer], { type: "application/pdf" });
    }
    case "svg": {
      const f = await loadFonts(journey);
      const svg = renderSvgSheet(journey, {
        paper,
        comments,
        measure: fontMeasurer(await loadPdfKit(), f),
        embedFonts: f,
      });
      return new Blob([svg], { type: "image/svg+xml" });
    }
    case "png": {
      const f = await loadFonts(journey);
      const sheet = renderMapSheet(journey, { comments, measure: fontMeasurer(await loadPdfKit(), f), embedFonts: f });
      return svgToPngBlob(sheet.svg, sheet.width, sheet.height, pngScale(sheet.width, sheet.height));
    }
    case "csv":
      return new Blob([renderMeasurementCsv(journey, { separator: options.separator ?? "comma" })], {
        type: "text/csv;charset=utf-8",
      });
    case "json":
      return new Blob([serializeJourney(journey, { exportedAt: new Date() })], { type: "application/json" });
  }
}

/** Builds the file and hands it to the browser as a download. */
export async function downloadExport(
  journey: Journey,
  format: BrowserExportFormat,
  options: BrowserExportOptions = {},
): Promise<void> {
  saveFile(
    await exportBlob(journey, format, options),
    exportFileName(journey, format, options.paper, options.comments, options.separator),
  );
}

async function svgToPngBlob(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.decoding = "async";
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext("2d");
    if (ctx === null) throw new Error("This browser cannot draw the PNG (no canvas).");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The PNG could not be made."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
