// The figures a measurement point can hold: its scale as typed ("1-5", "0–10", "0 - 100 %", "1 bis 7"), or for
// NPS the score from -100 to 100 whatever its question's scale. A target or observed value outside it is a typo
// (7 on a 1-5 CSAT) and is refused with a sentence, not stored.
import type { Metric } from "../../doc";

export interface ScaleRange {
  min: number;
  max: number;
}

const NUMBER = String.raw`[-−]?\d+(?:[.,]\d+)?`;
const RANGE = new RegExp(String.raw`^\s*(${NUMBER})\s*%?\s*(?:-|–|—|\.\.|to|bis)\s*(${NUMBER})\s*%?\s*$`, "iu");

const read = (text: string) => Number(text.replace("−", "-").replace(",", "."));

/** The range a figure must lie in, or null when the scale says none a number can be checked against. */
export function scaleRange(metric: Metric, scale: string | undefined): ScaleRange | null {
  // The NPS is the share of promoters less the share of detractors, asked on 0-10: the score runs from -100 to 100.
  if (metric === "NPS") return { min: -100, max: 100 };
  const match = scale === undefined ? null : RANGE.exec(scale);
  if (!match?.[1] || !match[2]) return null;
  const a = read(match[1]);
  const b = read(match[2]);
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === b) return null;
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

/** Whether the figure lies in the range (a scale without one holds any figure). */
export function withinScale(value: number, range: ScaleRange | null): boolean {
  return range === null || (value >= range.min && value <= range.max);
}
