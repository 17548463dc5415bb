// One export entry for the CLI and the HTTP endpoint: a journey in, the file's bytes, content type and extension out.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import type { Journey } from "../src/doc";
import { serializeJourney } from "../src/format";
import {
  fontMeasurer,
  pngScale,
  PngTooLargeError,
  renderMapSheet,
  renderMeasurementCsv,
  renderPdf,
  renderSvgSheet,
  woffToSfnt,
  type FontBytes,
  type FontPair,
} from "../src/export";
import type { CsvSeparator } from "../src/export/csv";
import { HttpError } from "./http/respond";
import { NO_CHROMIUM, svgToPng } from "./png";

export type ExportFormat = "pdf" | "svg" | "png" | "csv" | "json";
export type ExportOptions = {
  format: ExportFormat;
  paper?: "a3" | "a4";
  comments?: boolean;
  /** CSV only: "semicolon" is the Excel dialect (semicolons, decimal commas); commas are the default. */
  separator?: CsvSeparator;
};
export type ExportedFile = { body: Uint8Array | string; contentType: string; extension: string };

const require = createRequire(import.meta.url);
let fonts: Promise<FontBytes> | undefined;

/**
 * Noto Sans from npm: the latin file covers ä ö ü ß „ “ – €; latin-ext, cyrillic and greek are fallbacks for the
 * characters it lacks (ł, ř, ş, Cyrillic, Greek), and DejaVu Sans for symbols (≥ → ✓ ‰), used only where such a
 * character appears.
 */
export function loadFonts(): Promise<FontBytes> {
  fonts ??= (async () => {
    const read = async (subset: string, weight: number) =>
      new Uint8Array(
        await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      );
    const pair = async (subset: string) =>
      unpacked({ regular: await read(subset, 400), bold: await read(subset, 700) });
    const dejavu = async (weight: number) =>
      new Uint8Array(
        await readFile(require.resolve(`@fontsource/dejavu-sans/files/dejavu-sans-latin-${weight}-normal.woff`)),
      );
    const main = await pair("latin");
    // DejaVu Sans last: the symbols no Noto subset has (≥ ≤ → ✓ ‰).
    const symbols = unpacked({ regular: await dejavu(400), bold: await dejavu(700) });
    return { ...main, fallbacks: [await pair("latin-ext"), await pair("cyrillic"), await pair("greek"), symbols] };
  })();
  return fonts;
}

/** The WOFF files, which an SVG embeds, with their unpacked sfnt for PDFKit (see src/export/woff.ts). */
function unpacked(pair: FontPair): FontPair {
  const inflate = (data: Uint8Array) => new Uint8Array(inflateSync(data));
  return { ...pair, sfnt: { regular: woffToSfnt(pair.regular, inflate), bold: woffToSfnt(pair.bold, inflate) } };
}

export async function exportFile(journey: Journey, options: ExportOptions): Promise<ExportedFile> {
  const paper = options.paper ?? "a3";
  const comments = options.comments ?? false;
  switch (options.format) {
    case "pdf": {
      const body = await renderPdf(journey, { paper, comments, fonts: await loadFonts(), PDFDocument });
      return { body, contentType: "application/pdf", extension: "pdf" };
    }
    case "svg": {
      const f = await loadFonts();
      const body = renderSvgSheet(journey, { paper, comments, measure: fontMeasurer(PDFDocument, f), embedFonts: f });
      return { body, contentType: "image/svg+xml; charset=utf-8", extension: "svg" };
    }
    case "png": {
      // The whole map in one image, as large as the map (the paper size does not apply); too big even at one pixel
      // per point, it is refused with a sentence instead of cut.
      const f = await loadFonts();
      const sheet = renderMapSheet(journey, { comments, measure: fontMeasurer(PDFDocument, f), embedFonts: f });
      const scale = scaleOf(sheet.width, sheet.height);
      return {
        body: await pngOf(sheet.svg, sheet.width, sheet.height, scale),
        contentType: "image/png",
        extension: "png",
      };
    }
    case "csv": {
      const body = renderMeasurementCsv(journey, { separator: options.separator ?? "comma" });
      return { body, contentType: "text/csv; charset=utf-8", extension: "csv" };
    }
    case "json":
      return {
        body: serializeJourney(journey, { exportedAt: new Date() }),
        contentType: "application/json; charset=utf-8",
        extension: "json",
      };
  }
}

/** A map too big for one PNG is the request's fault, said as such (422 over HTTP, exit 1 with the sentence in the CLI). */
function scaleOf(width: number, height: number): number {
  try {
    return pngScale(width, height);
  } catch (e) {
    if (e instanceof PngTooLargeError) throw new HttpError(422, e.message);
    throw e;
  }
}

/** A missing Chromium is the server's lack, not a fault: the API answers 503 with the sentence, the CLI prints it. */
async function pngOf(svg: string, width: number, height: number, scale: number): Promise<Uint8Array> {
  try {
    return await svgToPng(svg, width, height, scale);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith(NO_CHROMIUM)) throw new HttpError(503, e.message);
    throw e;
  }
}
