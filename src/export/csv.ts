// The measurement plan as CSV: UTF-8 with a BOM (so Excel reads umlauts right), RFC 4180 quoting, CRLF rows. Two
// dialects: commas with decimal dots (the default, for scripts and English spreadsheets), and semicolons with decimal
// commas, which a German, French or Dutch Excel opens into columns instead of one.
import type { Journey } from "../doc";
import { latestObservation } from "../doc";
import { formatNumber, measurementRowsOf } from "./touchpoints";
import { wordsFor } from "./words";

const BOM = "\ufeff";

/** The cell separator: "comma" (with decimal dots) or "semicolon" (with decimal commas, for Excel in most of Europe). */
export type CsvSeparator = "comma" | "semicolon";
export const CSV_SEPARATORS: readonly CsvSeparator[] = ["comma", "semicolon"];

export type CsvOptions = { separator?: CsvSeparator };

/**
 * One row per measurement point (any lane) and per touchpoint, in map order. Columns added later (lane, kind, the
 * latest observation's n) come last, so the columns that readers of earlier files rely on keep their places. Numbers
 * are written with a dot so every script parses them, or, separated by semicolons, with a decimal comma and no
 * thousands grouping (4,5; 1234,5), as the Excel that expects semicolons reads numbers.
 */
export function renderMeasurementCsv(journey: Journey, options: CsvOptions = {}): string {
  const separator = options.separator ?? "comma";
  const w = wordsFor(journey.language);
  const header = [
    w.stage,
    w.touchpoint,
    w.channel,
    w.metric,
    w.label,
    w.question,
    w.scale,
    w.targetHead,
    w.direction,
    w.source,
    w.owner,
    w.frequency,
    w.latestValue,
    w.latestDate,
    w.lane,
    w.kind,
    w.latestN,
  ];
  const rows = measurementRowsOf(journey).map(({ card, stage, lane }) => {
    const m = card.measurement;
    const latest = m ? latestObservation(m) : undefined;
    const num = (v: number | undefined) => (v === undefined ? "" : csvNumber(v, separator));
    return [
      stage.name,
      card.title,
      card.channel ?? "",
      m?.metric ?? "",
      m?.label ?? "",
      m?.question ?? "",
      spreadsheetScale(m?.scale ?? "", separator),
      num(m?.target),
      m?.direction ?? "",
      m?.source ?? "",
      m?.owner ?? "",
      m?.frequency ?? "",
      num(latest?.value),
      latest?.date ?? "",
      lane.name,
      m?.kind ?? "",
      num(latest?.n),
    ];
  });
  const between = separator === "semicolon" ? ";" : ",";
  return BOM + [header, ...rows].map((r) => r.map((c) => csvCell(c, separator)).join(between)).join("\r\n") + "\r\n";
}

/**
 * A figure as the dialect's spreadsheet reads a number: 1234.5 with commas, 1234,5 with semicolons (the decimal mark
 * swapped, never grouped, every decimal kept, a minus as "-" so that it stays a negative number).
 */
function csvNumber(value: number, separator: CsvSeparator): string {
  const plain = formatNumber(value, "en");
  return separator === "semicolon" ? plain.replace(".", ",") : plain;
}

/** What a spreadsheet of each dialect reads as a plain number: a cell that is one needs no formula guard. */
const NUMBER: Record<CsvSeparator, RegExp> = { comma: /^-?\d+(\.\d+)?$/, semicolon: /^-?\d+(,\d+)?$/ };
/**
 * What is quoted: quotes, commas and line breaks (RFC 4180), and with semicolons also a semicolon. A decimal comma is
 * quoted too, so a reader told to split at both (LibreOffice can be) keeps "4,5" whole; Excel still reads it as 4.5.
 */
const NEEDS_QUOTES: Record<CsvSeparator, RegExp> = { comma: /[",\r\n]/, semicolon: /[",;\r\n]/ };

/**
 * Guards against formula injection (a leading = + - @ or tab/CR becomes text: "-4,5" stays a number to a German Excel,
 * "=1;2" and "-1.5" get a leading '), then quotes per RFC 4180 with the dialect's separator.
 */
export function csvCell(value: string, separator: CsvSeparator = "comma"): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !NUMBER[separator].test(v)) v = "'" + v;
  return NEEDS_QUOTES[separator].test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * A scale as the Excel file shows it: "1-5" and "1-7" are dates to Excel (1 May, 1 July), so in the file for Excel
 * a dash between two figures is an en dash ("1–5"), which Excel leaves as text. The comma file keeps the scale as the
 * map writes it, for scripts.
 */
export function spreadsheetScale(scale: string, separator: CsvSeparator): string {
  return separator === "semicolon" ? scale.replace(/(\d)\s*-\s*(\d)/g, "$1–$2") : scale;
}
