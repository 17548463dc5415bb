// The measurement point of a touchpoint: which figure tells whether this moment works for the customer.
import { z } from "zod";
import { calendarDateSchema } from "./dates";
import { MAX, text } from "./limits";
import { rule } from "./rules";

export const METRICS = ["CSAT", "CES", "NPS", "custom"] as const;
export type Metric = (typeof METRICS)[number];

const finite = z.number().refine(Number.isFinite, rule("finiteNumber"));

export const observationSchema = z.looseObject({
  date: calendarDateSchema,
  value: finite,
  n: z.number().int("must be a whole number").min(0, "must not be negative").optional(),
});
export type Observation = z.infer<typeof observationSchema>;

export const measurementSchema = z.looseObject({
  metric: z.enum(METRICS, { error: `must be one of ${METRICS.join(", ")}` }),
  label: text(MAX.name).optional(),
  kind: z.enum(["performance", "brand"], { error: "must be performance or brand" }).optional(),
  question: text(MAX.text).optional(),
  scale: text(MAX.short).optional(),
  target: finite.optional(),
  direction: z.enum(["higher", "lower"], { error: "must be higher or lower" }).optional(),
  source: text(MAX.name).optional(),
  owner: text(MAX.name).optional(),
  frequency: text(MAX.short).optional(),
  observations: z
    .array(observationSchema)
    .max(MAX.observations, `may hold at most ${MAX.observations} observations`)
    .optional(),
});

export type Measurement = z.infer<typeof measurementSchema>;

export function defaultMeasurement(metric: Metric = "CSAT"): Measurement {
  const scales: Record<Metric, string | undefined> = { CSAT: "1-5", CES: "1-7", NPS: "0-10", custom: undefined };
  const scale = scales[metric];
  return scale === undefined ? { metric, direction: "higher" } : { metric, scale, direction: "higher" };
}

/** The most recent observation by date, if any. */
export function latestObservation(m: Measurement): Observation | undefined {
  let latest: Observation | undefined;
  for (const o of m.observations ?? []) if (!latest || o.date >= latest.date) latest = o;
  return latest;
}
