// SVG from the same print layout: one SVG document per page (or all pages stacked in one); every string escaped.
import type { Journey } from "../doc";
import { layoutJourney } from "./layout";
import { layoutPoster } from "./layout/poster";
import { BREAK_HYPHEN } from "./layout/wrap";
import type { FontBytes } from "./measure";
import type { JourneyHealthLike, LayoutItem, LayoutPage, PathCommand, PrintLayout, TextMeasurer } from "./layout/types";

export type SvgOptions = {
  paper?: "a3" | "a4";
  comments?: boolean;
  measure: TextMeasurer;
  now?: Date;
  health?: JourneyHealthLike;
  /** Font files to embed as data URLs, so the SVG draws with the very font the layout measured. */
  embedFonts?: FontBytes;
};

const FAMILY = "OutsideInSans";
/** Fallback families come first after ours, so a viewer uses the same fallback glyphs the layout measured. */
const FAMILIES = `${FAMILY}, ${FAMILY}1, ${FAMILY}2, ${FAMILY}3, 'Noto Sans', sans-serif`;
const familiesOf = (fallbacks: readonly number[]) =>
  [FAMILY, ...fallbacks.map((i) => `${FAMILY}${i}`), "'Noto Sans'", "sans-serif"].join(", ");

/** One standalone SVG per page, sized in points like the PDF. */
export function renderSvg(journey: Journey, options: SvgOptions): string[] {
  const layout = layoutSvg(journey, options);
  const style = fontStyle(options.embedFonts, layout.pages);
  return layout.pages.map((page) => pageSvg(layout, page, style));
}

/** All pages stacked top to bottom in one SVG, for a single-file download; a big map's pages go in several columns. */
export function renderSvgSheet(journey: Journey, options: SvgOptions): string {
  const layout = layoutSvg(journey, options);
  const grid = sheetGrid(layout.pages.length, layout.width, layout.height);
  const parts = layout.pages.map((page, i) => {
    const column = Math.floor(i / grid.rows);
    const x = column * (layout.width + SHEET_GAP);
    const y = (i - column * grid.rows) * (layout.height + SHEET_GAP);
    return `<g transform="translate(${n(x)} ${n(y)})"><rect width="${n(layout.width)}" height="${n(layout.height)}" fill="#ffffff" stroke="#cbd2d9"/>${items(page)}</g>`;
  });
  return (
    open(layout, grid.width, grid.height, fontStyle(options.embedFonts, layout.pages), grid.scale) +
    `<rect width="100%" height="100%" fill="#e4e7eb"/>` +
    parts.join("") +
    "</svg>\n"
  );
}

/** The space between two pages of a sheet, in points. */
const SHEET_GAP = 24;
/**
 * The longest side, in points, a sheet declares: 32,000 pixels at 96 per inch, within the 32,767 pixels a side that
 * cairo, librsvg and many image tools open (Chromium opens more, they refuse it or draw nothing).
 */
export const SHEET_MAX_SIDE = 24_000;

export type SheetGrid = { columns: number; rows: number; width: number; height: number; scale: number };

/**
 * Where a sheet's pages go: one column while it stays within SHEET_MAX_SIDE (as it always was), else the columns that
 * make the sheet the squarest (the shortest longest side, which also suits viewers capped at 16,384 pixels for up to
 * about 200 A3 pages), read top to bottom and then on at the top of the next column. A map too big even then gets
 * `scale` below 1, which shrinks the size it declares to SHEET_MAX_SIDE: the drawing in its viewBox stays whole and
 * every text stays text, to be zoomed into.
 */
export function sheetGrid(pages: number, pageWidth: number, pageHeight: number): SheetGrid {
  const count = Math.max(1, pages);
  const size = (wanted: number) => {
    const rows = Math.ceil(count / wanted);
    // As many columns as the rows need: 9 pages in 4 columns of 3 rows fill only 3 of them.
    const columns = Math.ceil(count / rows);
    const width = columns * pageWidth + (columns - 1) * SHEET_GAP;
    const height = rows * pageHeight + (rows - 1) * SHEET_GAP;
    return { columns, rows, width, height };
  };
  const longest = (grid: { width: number; height: number }) => Math.max(grid.width, grid.height);
  let best = size(1);
  if (longest(best) <= SHEET_MAX_SIDE) return { ...best, scale: 1 };
  for (let wanted = 2; wanted <= count; wanted++) {
    const grid = size(wanted);
    if (longest(grid) < longest(best)) best = grid;
  }
  return { ...best, scale: longest(best) > SHEET_MAX_SIDE ? SHEET_MAX_SIDE / longest(best) : 1 };
}

/**
 * The whole map on one sheet as large as the map (what a PNG shows): every stage and every lane, with the comments
 * as notes under it when asked; a map without stages shows its title page instead.
 */
export function renderMapSheet(journey: Journey, options: SvgOptions): { svg: string; width: number; height: number } {
  const layout =
    layoutPoster(journey, {
      measure: options.measure,
      ...(options.comments !== undefined ? { comments: options.comments } : {}),
    }) ?? titleOnly(layoutSvg(journey, options));
  const page = layout.pages[0];
  if (page === undefined) return { svg: "", width: layout.width, height: layout.height };
  // The image is drawn on the server, whose fonts are unknown: every fallback font the layout set text in is
  // embedded (DejaVu Sans for Hebrew, Arabic, ≥ → ✓ too), so nothing the PDF can draw shows as an empty box.
  const used = usedFallbacks(page, options.measure);
  if (used === undefined || options.embedFonts === undefined)
    return {
      svg: pageSvg(layout, page, fontStyle(options.embedFonts, layout.pages)),
      width: layout.width,
      height: layout.height,
    };
  const svg = pageSvg(layout, page, fallbackStyle(options.embedFonts, used), familiesOf(used));
  return { svg, width: layout.width, height: layout.height };
}

/** The fallback fonts (1 for the first) the page's text is set in; undefined when the measurer cannot tell. */
function usedFallbacks(page: LayoutPage, measure: TextMeasurer): number[] | undefined {
  const { fallbacksOf } = measure;
  if (fallbacksOf === undefined) return undefined;
  const used = new Set<number>();
  for (const item of page.items)
    if (item.type === "text") for (const i of fallbacksOf.call(measure, item.text, item.bold)) used.add(i);
  return [...used].sort((a, b) => a - b);
}

const titleOnly = (layout: PrintLayout): PrintLayout => ({ ...layout, pages: layout.pages.slice(0, 1) });

function layoutSvg(journey: Journey, options: SvgOptions): PrintLayout {
  return layoutJourney(journey, {
    paper: options.paper ?? "a3",
    measure: options.measure,
    ...(options.comments !== undefined ? { comments: options.comments } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
    ...(options.health !== undefined ? { health: options.health } : {}),
  });
}

function pageSvg(layout: PrintLayout, page: LayoutPage, style: string, families = FAMILIES): string {
  return (
    open(layout, layout.width, layout.height, style) +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    items(page, families) +
    "</svg>\n"
  );
}

/** The root element; `scale` below 1 declares a smaller size than the viewBox, which keeps the drawing whole. */
function open(layout: PrintLayout, width: number, height: number, style: string, scale = 1): string {
  const declared = (v: number) => n(scale < 1 ? Math.floor(v * scale * 100) / 100 : v);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${declared(width)}pt" height="${declared(height)}pt" viewBox="0 0 ${n(width)} ${n(height)}" xml:lang="${layout.language}">` +
    `<title>${escapeXml(layout.title)}</title>${style}`
  );
}

const face = (family: string, bytes: Uint8Array, weight: number) =>
  `@font-face{font-family:${family};font-weight:${weight};src:url(data:font/woff;base64,${base64(bytes)}) format("woff");}`;

/** Embeds the main pair and the given fallback pairs (1 for the first), each under its own family. */
function fallbackStyle(fonts: NonNullable<SvgOptions["embedFonts"]>, used: readonly number[]): string {
  let css = face(FAMILY, fonts.regular, 400) + face(FAMILY, fonts.bold, 700);
  for (const i of used) {
    const pair = fonts.fallbacks?.[i - 1];
    if (pair !== undefined) css += face(`${FAMILY}${i}`, pair.regular, 400) + face(`${FAMILY}${i}`, pair.bold, 700);
  }
  return `<style>${css}</style>`;
}

/** Embeds the main pair always and a fallback pair only when some text is outside the main font's Latin range. */
function fontStyle(fonts: SvgOptions["embedFonts"], pages: readonly LayoutPage[]): string {
  if (fonts === undefined) return "";
  let css = face(FAMILY, fonts.regular, 400) + face(FAMILY, fonts.bold, 700);
  const fallbacks = fonts.fallbacks ?? [];
  if (fallbacks.length > 0 && pages.some((p) => p.items.some((i) => i.type === "text" && NEEDS_FALLBACK.test(i.text))))
    fallbacks.slice(0, 3).forEach((pair, i) => {
      css += face(`${FAMILY}${i + 1}`, pair.regular, 400) + face(`${FAMILY}${i + 1}`, pair.bold, 700);
    });
  return `<style>${css}</style>`;
}

/** Latin Extended, Greek and Cyrillic: what the fallback fonts are for. */
const NEEDS_FALLBACK = /[\u0100-\u024f\u0370-\u052f\u1e00-\u1fff]/;

function items(page: LayoutPage, families = FAMILIES): string {
  let out = "";
  for (const item of page.items) out += svgItem(item, families);
  return out;
}

function svgItem(item: LayoutItem, families: string): string {
  switch (item.type) {
    case "text": {
      // A right-to-left line ends at its right edge whatever font the viewer draws it in, and reads right to left.
      if (item.rtl !== undefined)
        return `<text x="${n(item.rtl.end)}" y="${n(item.y)}" text-anchor="end" style="unicode-bidi:plaintext" font-family="${families}" font-size="${n(item.size)}"${item.bold ? ` font-weight="700"` : ""} fill="${attr(item.color)}" xml:space="preserve">${escapeXml(item.text)}</text>`;
      // A hyphen the layout added at a word's break is marked, so that a reader of the file can join the word again.
      const hyphenated = item.broken?.hyphen === true;
      return `<text x="${n(item.x)}" y="${n(item.y)}" font-family="${families}" font-size="${n(item.size)}"${item.bold ? ` font-weight="700"` : ""} fill="${attr(item.color)}" xml:space="preserve"${hyphenated ? ` data-break="hyphen"` : ""}>${escapeXml(hyphenated ? item.text + BREAK_HYPHEN : item.text)}</text>`;
    }
    case "rect":
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.w)}" height="${n(item.h)}"${item.radius !== undefined ? ` rx="${n(item.radius)}"` : ""}${paint(item.fill, item.stroke, item.lineWidth)}/>`;
    case "line":
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${attr(item.stroke)}" stroke-width="${n(item.lineWidth)}"${item.dash !== undefined ? ` stroke-dasharray="${n(item.dash)}"` : ""}/>`;
    case "circle":
      return `<circle cx="${n(item.cx)}" cy="${n(item.cy)}" r="${n(item.r)}"${paint(item.fill, item.stroke, undefined)}/>`;
    case "path":
      return `<path d="${item.commands.map(pathStep).join(" ")}"${paint(item.fill, item.stroke, item.lineWidth)}/>`;
  }
}

function pathStep(c: PathCommand): string {
  if (c.op === "M" || c.op === "L") return `${c.op}${n(c.x)} ${n(c.y)}`;
  if (c.op === "C") return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
  return "Z";
}

function paint(fill: string | undefined, stroke: string | undefined, width: number | undefined): string {
  return (
    ` fill="${fill === undefined ? "none" : attr(fill)}"` +
    (stroke === undefined ? "" : ` stroke="${attr(stroke)}"${width !== undefined ? ` stroke-width="${n(width)}"` : ""}`)
  );
}

const n = (v: number) => String(Math.round(v * 100) / 100);
const attr = (s: string) => escapeXml(s);

/** Escapes markup and replaces characters XML 1.0 forbids, so any user text stays text. */
export function escapeXml(s: string): string {
  return Array.from(s, (ch) => (xmlForbidden(ch.codePointAt(0) ?? 0) ? "\ufffd" : ch))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function xmlForbidden(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
