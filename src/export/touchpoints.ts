// The touchpoints of a journey in reading order, with their measurement figures formatted for print.
import type { Card, Journey, Lane, Measurement, Observation, Stage } from "../doc";
import { latestObservation } from "../doc";
import type { ExportLanguage, Words } from "./words";
import { plainNumber } from "../i18n/formats";

export type TouchpointRow = { card: Card; stage: Stage };
export type MeasurementRow = TouchpointRow & { lane: Lane };

/** Cards in touchpoints lanes, ordered by stage, lane and order, so every export lists them the same way. */
export function touchpointsOf(journey: Journey): TouchpointRow[] {
  const tpLanes = new Set(journey.lanes.filter((l) => l.kind === "touchpoints").map((l) => l.id));
  return inMapOrder(journey, (card) => tpLanes.has(card.laneId)).map(({ card, stage }) => ({ card, stage }));
}

/**
 * The rows of the measurement plan, in map order: every card with a measurement point, whatever its lane (an NPS
 * question on an action, a figure taken backstage), and every touchpoint, measured or not, so the gap shows too.
 */
export function measurementRowsOf(journey: Journey): MeasurementRow[] {
  const tpLanes = new Set(journey.lanes.filter((l) => l.kind === "touchpoints").map((l) => l.id));
  return inMapOrder(journey, (card) => card.measurement !== undefined || tpLanes.has(card.laneId));
}

/** The cards `keep` accepts, ordered by stage, lane, order and then file position; cards without a stage or lane are left out. */
function inMapOrder(journey: Journey, keep: (card: Card) => boolean): MeasurementRow[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const rows: { row: MeasurementRow; key: [number, number, number, number] }[] = [];
  journey.cards.forEach((card, i) => {
    const si = stageIndex.get(card.stageId);
    const li = laneIndex.get(card.laneId);
    const stage = si === undefined ? undefined : journey.stages[si];
    const lane = li === undefined ? undefined : journey.lanes[li];
    if (!keep(card) || stage === undefined || lane === undefined || si === undefined || li === undefined) return;
    rows.push({ row: { card, stage, lane }, key: [si, li, card.order ?? i, i] });
  });
  rows.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.key[3] - b.key[3]);
  return rows.map((r) => r.row);
}

/**
 * Numbers as the reader writes them: 4.2 in English, 4,2 in German; never rounded away. Twenty decimals are the most
 * Intl allows everywhere, and with them a figure keeps all the digits it was stored with (0.0012345, 12.3456789).
 */
export function formatNumber(value: number, lang: ExportLanguage): string {
  // -0 (from a negated 0 in some spreadsheet) is 0 to every reader.
  if (value === 0) return "0";
  // A figure with more decimals than Intl writes (0.0000000000000012345678, 5e-324) is written out by hand, so that
  // it never prints as 0 or loses its last digits.
  if (fractionDigits(value) > 20) return lang === "de" ? plainDecimal(value).replace(".", ",") : plainDecimal(value);
  return plainNumber(lang === "de" ? "de-DE" : "en-US").format(value);
}

/** How many decimals a number's shortest spelling has (1.5e-7 has 8). */
function fractionDigits(value: number): number {
  const [mantissa = "", exponent = "0"] = String(value).split("e");
  return Math.max(0, (mantissa.split(".")[1] ?? "").length - Number(exponent));
}

/** A number's shortest spelling without an exponent: 1.5e-7 is 0.00000015 (only small numbers have more than 20 decimals). */
function plainDecimal(value: number): string {
  const text = String(Math.abs(value));
  const sign = value < 0 ? "-" : "";
  const [mantissa = "", exponent] = text.split("e-");
  if (exponent === undefined) return sign + text;
  return `${sign}0.${"0".repeat(Number(exponent) - 1)}${mantissa.replace(".", "")}`;
}

export function metricName(m: Measurement, w?: Words): string {
  // An unnamed custom metric as the editor names it ("Eigene" in German), not the file's code.
  if (m.metric === "custom")
    return m.label !== undefined && m.label.trim() !== "" ? m.label : (w?.customMetric ?? "custom");
  return m.label !== undefined && m.label.trim() !== "" ? `${m.metric} (${m.label})` : m.metric;
}

/** Whether the latest value meets the target, in the measurement's direction (higher is better by default). */
export function meetsTarget(m: Measurement): boolean | undefined {
  const latest = latestObservation(m);
  if (latest === undefined || m.target === undefined) return undefined;
  return m.direction === "lower" ? latest.value <= m.target : latest.value >= m.target;
}

/** "performance" or "brand" in the reader's language, or "" when the measurement point does not say. */
export function kindName(m: Measurement, w: Words): string {
  return m.kind === "brand" ? w.brand : m.kind === "performance" ? w.performance : "";
}

/** A day as the reader writes it: 31.10.2026 in German (as the editor shows it), 2026-10-31 otherwise. */
export function formatDay(date: string, lang: ExportLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return lang === "de" && m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}

/** One observation as printed: its value, date and, when known, how many answers it rests on. */
function oneObservation(o: Observation, lang: ExportLanguage): string {
  const n = o.n === undefined ? "" : `, n = ${formatNumber(o.n, lang)}`;
  return `${formatNumber(o.value, lang)} (${formatDay(o.date, lang)}${n})`;
}

/** The latest observation as printed: its value, date and, when known, how many answers it rests on. */
export function observationText(m: Measurement, lang: ExportLanguage): string {
  const latest = latestObservation(m);
  return latest === undefined ? "" : oneObservation(latest, lang);
}

/** Every observation but the latest, newest first, one line each, so the printed plan holds the whole series. */
export function earlierObservationLines(m: Measurement, lang: ExportLanguage): string[] {
  const latest = latestObservation(m);
  return (m.observations ?? [])
    .filter((o) => o !== latest)
    .map((o, i) => ({ o, i }))
    .sort((a, b) => (a.o.date === b.o.date ? b.i - a.i : a.o.date < b.o.date ? 1 : -1))
    .map(({ o }) => oneObservation(o, lang));
}

/** The measurement point as short print lines: the metric with its kind and target, then the latest value against it. */
export function measurementLines(m: Measurement, lang: ExportLanguage, w: Words): string[] {
  const lines: string[] = [];
  const better = m.direction === "lower" ? w.lowerBetter : m.direction === "higher" ? w.higherBetter : "";
  const kind = kindName(m, w);
  // Which way is better matters even before a target is set: a falling CES is good news.
  const target =
    m.target !== undefined
      ? ` · ${w.target} ${formatNumber(m.target, lang)}${better ? ` (${better})` : ""}`
      : better
        ? ` · ${better}`
        : "";
  lines.push(`${metricName(m, w)}${m.scale ? ` (${m.scale})` : ""}${kind ? ` · ${kind}` : ""}${target}`);
  const observed = observationText(m, lang);
  if (observed !== "") {
    const verdict = meetsTarget(m);
    const against = verdict === undefined ? "" : ` – ${verdict ? w.meetsTarget : w.missesTarget}`;
    lines.push(`${w.latest} ${observed}${against}`);
  }
  return lines;
}
