// Download names of exports, the same in the editor and on the server: the title as written (any script), an ASCII
// name for clients that cannot take more, the paper size for the formats a paper size changes (PDF and SVG), and
// "with comments" (in the map's language) for a printed file that holds them, so it never shares a name with one
// that does not, and "Excel" for the CSV with semicolons, so it never shares a name with the CSV with commas.
import { journeyFileName } from "../format";

export type ExportPaper = "a3" | "a4";

/** The formats whose file differs by paper size: their names carry it, so an A3 and an A4 file never share one. */
const PAPER_FORMATS: readonly string[] = ["pdf", "svg"];
/** The formats that print comments only when asked to. */
const COMMENT_FORMATS: readonly string[] = ["pdf", "svg", "png"];

/** "with comments" in the map's language: German for a German map, English otherwise, as the exports speak. */
const withCommentsWords = (language: string | undefined): string =>
  /^de(-|$)/i.test(language ?? "") ? "mit Kommentaren" : "with comments";

// Control characters, the characters file systems refuse (/ \ : * ? " < > |), and direction marks that could make
// "x.exe" read "x.pdf".
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]+/g;
// Half a character (which no file system and no encodeURIComponent takes).
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Names Windows keeps for devices, with or without an extension.
const DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Most file systems take 255 bytes of UTF-8 in a name; the title keeps at most this many, so the paper size, the
 * extension and a browser's " (1)" still fit (100 Latin letters, about 60 Chinese or Japanese characters).
 */
export const TITLE_BYTES = 180;

export type ExportFileNames = {
  /** The title's letters as written, in any script: the download's name. */
  name: string;
  /** ASCII letters, digits and dashes only (umlauts transliterated), for Content-Disposition's `filename`. */
  ascii: string;
};

export type ExportNameOptions = {
  /** The file holds the map's comments (PDF, SVG and PNG; the other formats hold them always or never). */
  comments?: boolean;
  /** The map's language tag, for the words "with comments". */
  language?: string | undefined;
  /** The CSV's separator: the one with semicolons (for Excel in most of Europe) is named "(Excel)". */
  separator?: "comma" | "semicolon" | undefined;
};

/**
 * The names of an export of a journey titled `title`, in `format`, on `paper` (used by PDF and SVG only), with
 * "with comments" when a printed file holds them, and "Excel" for a CSV separated by semicolons.
 */
export function exportFileNames(
  title: string,
  format: string,
  paper: ExportPaper = "a3",
  options: ExportNameOptions = {},
): ExportFileNames {
  const extension = format.replace(/^\./, "");
  const parts: string[] = [];
  if (PAPER_FORMATS.includes(extension)) parts.push(paper.toUpperCase());
  if (options.comments === true && COMMENT_FORMATS.includes(extension)) parts.push(withCommentsWords(options.language));
  if (options.separator === "semicolon" && extension === "csv") parts.push("Excel");
  const asciiStem = journeyFileName({ title }, "x").slice(0, -2);
  const base = titleBase(title) ?? asciiStem;
  return {
    name: `${base}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}.${extension}`,
    ascii: `${asciiStem}${parts.map((part) => `-${part.replace(/ /g, "-")}`).join("")}.${extension}`,
  };
}

/** The title without what file systems refuse, cut between whole characters to TITLE_BYTES; undefined when empty. */
export function titleBase(title: string): string | undefined {
  const cleaned = title
    .replace(LONE_SURROGATES, "")
    .normalize("NFC")
    .replace(UNSAFE, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  const base = cutToBytes(cleaned, TITLE_BYTES).replace(/[.\s]+$/, "");
  if (base === "") return undefined;
  return DEVICE_NAMES.test(base) ? `${base}_` : base;
}

const encoder = new TextEncoder();

/** The longest start of `text` of at most `max` UTF-8 bytes that ends between two characters as people see them. */
function cutToBytes(text: string, max: number): string {
  if (encoder.encode(text).length <= max) return text;
  let out = "";
  let used = 0;
  for (const piece of graphemes(text)) {
    const size = encoder.encode(piece).length;
    if (used + size > max) break;
    out += piece;
    used += size;
  }
  return out;
}

/** User-perceived characters (an emoji with its modifiers, a letter with its accents); code points where unknown. */
function graphemes(text: string): string[] {
  if (typeof Intl !== "undefined" && typeof Intl.Segmenter === "function") {
    return Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}
