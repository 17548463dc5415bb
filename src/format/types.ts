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

/**
 * What a refusal is about: "file" when the file is refused as a whole (not JSON, too large, another format, a
 * newer version) and its sentence is the one thing to say; "records" when the journey in it has problems, each
 * named by its path in `issues`.
 */
export type RefusalScope = "file" | "records";

export type ParseResult =
  | { ok: true; file: JourneyFile; journey: Journey }
  | { ok: false; error: string; issues: FormatIssue[]; scope: RefusalScope };

export function formatIssue(issue: FormatIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
