// The journey JSON file (format version 1) as a type, and the shape of one problem found in it.
import type { Journey } from "../doc";

export const FORMAT = "outside-in.journey";
export const FORMAT_VERSION = 1;

export type JourneyFile = {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  exportedAt?: string;
  journey: Journey;
  [key: string]: unknown;
};

/** One problem in a file: the JSON path it sits at (e.g. `journey.cards[3].stageId`) and a sentence. */
export type FormatIssue = { path: string; message: string };

export type ParseResult =
  { ok: true; file: JourneyFile; journey: Journey } | { ok: false; error: string; issues: FormatIssue[] };

export function formatIssue(issue: FormatIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
