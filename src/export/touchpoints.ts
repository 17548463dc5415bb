// The touchpoints of a journey in reading order, with their measurement figures formatted for print.
import type { Card, Journey, Lane, Measurement, Stage } from "../doc";
import { latestObservation } from "../doc";
import type { ExportLanguage, Words } from "./words";

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

/** Numbers as the reader writes them: 4.2 in English, 4,2 in German; never rounded away. */
export function formatNumber(value: number, lang: ExportLanguage): string {
  return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-US", {
    maximumFractionDigits: 6,
    useGrouping: false,
  }).format(value);
}

export function metricName(m: Measurement): string {
  if (m.metric === "custom") return m.label !== undefined && m.label.trim() !== "" ? m.label : "custom";
  return m.label !== undefined && m.label.trim() !== "" ? `${m.metric} (${m.label})` : m.metric;
}

/** Whether the latest value meets the target, in the measurement's direction (higher is better by default). */
export function meetsTarget(m: Measurement): boolean | undefined {
  const latest = latestObservation(m);
  if (latest === undefined || m.target === undefined) return undefined;
  return m.direction === "lower" ? latest.value <= m.target : latest.value >= m.target;
}

/** The measurement point as short print lines: the metric with its target, then the latest value against it. */
export function measurementLines(m: Measurement, lang: ExportLanguage, w: Words): string[] {
  const lines: string[] = [];
  const arrow =
    m.direction === "lower" ? ` (${w.lowerBetter})` : m.direction === "higher" ? ` (${w.higherBetter})` : "";
  const target = m.target === undefined ? "" : ` · ${w.target} ${formatNumber(m.target, lang)}${arrow}`;
  lines.push(`${metricName(m)}${m.scale ? ` (${m.scale})` : ""}${target}`);
  const latest = latestObservation(m);
  if (latest !== undefined) {
    const verdict = meetsTarget(m);
    const against = verdict === undefined ? "" : ` – ${verdict ? w.meetsTarget : w.missesTarget}`;
    lines.push(`${w.latest} ${formatNumber(latest.value, lang)} (${latest.date})${against}`);
  }
  return lines;
}
