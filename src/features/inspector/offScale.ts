// The figures a measurement point holds off its own scale (a target or observed values an imported file brought, or
// that a change of the metric or the scale left behind), as sentences: the figures stay as they are, and the sentence
// says which one is off and what the scale allows until someone fixes it.
import type { TFunction } from "i18next";
import type { Measurement, Observation } from "../../doc";
import { formatDay } from "./dates";
import { formatNumber } from "./numbers";
import { scaleRange, withinScale, type ScaleRange } from "./scaleRange";

/** How many off-scale values the sentence names; the rest are counted. */
const NAMED = 5;

export interface OffScale {
  /** The sentence about the target, or null when it is on the scale (or there is none). */
  target: string | null;
  /** The sentence about the observed values, or null when all are on the scale. */
  values: string | null;
}

/** What the point's scale allows, as the phrase the sentences end with. */
function allows(metric: Measurement["metric"], range: ScaleRange, t: TFunction, language: string): string {
  if (metric === "NPS") return t("measurement.offScaleAllowsNps");
  const [min, max] = [range.min, range.max].map((x) => formatNumber(x, language));
  return t(range.orShare ? "measurement.offScaleAllowsOrShare" : "measurement.offScaleAllows", { min, max });
}

/** The off-scale values by day, each with its day ("7 (3 Dec 2026)"), the first few named and the rest counted. */
function valueList(off: readonly Observation[], t: TFunction, language: string): string {
  const named = off
    .slice(0, NAMED)
    .map((o) =>
      t("measurement.offScaleValue", { value: formatNumber(o.value, language), date: formatDay(o.date, language) }),
    );
  if (off.length > NAMED) return t("measurement.offScaleMore", { values: named.join(", "), more: off.length - NAMED });
  return new Intl.ListFormat(language, { type: "conjunction" }).format(named);
}

/** The sentences for a point's figures off its scale, in the interface language. */
export function offScale(m: Measurement, t: TFunction, language: string): OffScale {
  const range = scaleRange(m.metric, m.scale);
  if (range === null) return { target: null, values: null };
  const scale = allows(m.metric, range, t, language);
  const target =
    m.target === undefined || withinScale(m.target, range)
      ? null
      : t("measurement.targetOffScale", { value: formatNumber(m.target, language), allows: scale });
  const off = (m.observations ?? [])
    .filter((o) => !withinScale(o.value, range))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const values =
    off.length === 0
      ? null
      : t("measurement.valuesOffScale", { count: off.length, values: valueList(off, t, language), allows: scale });
  return { target, values };
}
