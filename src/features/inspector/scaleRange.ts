// The figures a measurement point can hold: its scale as typed ("1-5", "0–10", "0 - 100 %", "1 bis 7"), or for
// NPS the score from -100 to 100 whatever its question's scale. A CSAT or CES is often reported as the share of
// satisfied or easy answers ("CSAT 85 %" on a 1-5 question), so a figure from 0 to 100 is taken there too. A target
// or observed value outside all that is a typo (−1 or 50.5 on a 1-5 CSAT) and is refused with a sentence.
import type { Metric } from "../../doc";

export interface ScaleRange {
  min: number;
  max: number;
  /** A share in percent (0 to 100) is taken too: the metric is also reported that way. */
  orShare?: true;
}

/** The metrics reported as a mean on their scale or as a share of good answers. */
const SHARE_METRICS: readonly Metric[] = ["CSAT", "CES"];

const NUMBER = String.raw`[-−+]?\d+(?:[.,]\d+)?`;
// A unit may follow either number, or the range ("0–600 s", "1-5 ★", "0 % to 100 %"); a scale with more figures
// ("1-5, 1 = bad") is no range to check against.
const UNIT = String.raw`(?:\s*[^\d\s.,\-–—][^\d]*?)?`;
const RANGE = new RegExp(String.raw`^\s*(${NUMBER})${UNIT}\s*(?:-|–|—|\.\.|to|bis)\s*(${NUMBER})${UNIT}\s*$`, "iu");

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
  const range = { min: Math.min(a, b), max: Math.max(a, b) };
  return SHARE_METRICS.includes(metric) ? { ...range, orShare: true } : range;
}

/** Whether the figure lies in the range, or is a share where one is taken (a scale without a range holds any). */
export function withinScale(value: number, range: ScaleRange | null): boolean {
  if (range === null || (value >= range.min && value <= range.max)) return true;
  return range.orShare === true && value >= 0 && value <= 100;
}
