// The measurement plan as CSV: UTF-8 with a BOM (so Excel reads umlauts right), RFC 4180 quoting, CRLF rows.
import type { Journey } from "../doc";
import { latestObservation } from "../doc";
import { formatNumber, measurementRowsOf } from "./touchpoints";
import { wordsFor } from "./words";

const BOM = "\ufeff";

/**
 * One row per measurement point (any lane) and per touchpoint, in map order. Columns added later (lane, kind, the
 * latest observation's n) come last, so the columns that readers of earlier files rely on keep their places. Numbers are written with a dot so every spreadsheet parses them.
 */
export function renderMeasurementCsv(journey: Journey): string {
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
    const num = (v: number | undefined) => (v === undefined ? "" : formatNumber(v, "en"));
    return [
      stage.name,
      card.title,
      card.channel ?? "",
      m?.metric ?? "",
      m?.label ?? "",
      m?.question ?? "",
      m?.scale ?? "",
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
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Guards against formula injection (a leading = + - @ or tab/CR becomes text), then quotes per RFC 4180. */
export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !NUMBER.test(v)) v = "'" + v;
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}
