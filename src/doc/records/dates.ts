// Dates in a journey: when a comment was written or a file exported, and the day a figure was observed.
import { MAX, boundedText } from "./limits";

/** A date and time, as `new Date().toISOString()` writes it. */
export const dateTimeSchema = boundedText(MAX.date).refine(
  (s) => !Number.isNaN(Date.parse(s)),
  "must be an ISO date and time",
);
