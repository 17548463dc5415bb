// Reads a journey file (text or an already parsed value) and says, path by path, everything wrong with it.
import { journeySchema, type Journey } from "../doc";
import { dateTimeSchema } from "../doc/records/dates";
import { findJsonError, lineAndColumn } from "./jsonError";
import { defaultMessage, isPresent } from "./messages";
import { checkReferences } from "./references";
import { inReadingOrder } from "./order";
import { joinPath } from "./path";
import { sanitizeValue, stripForbiddenKeys } from "./sanitize";
import { FORMAT, FORMAT_VERSION, type FormatIssue, type JourneyFile, type ParseResult } from "./types";

/** Files larger than this are refused before parsing, so a huge upload cannot stall the reader. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The sentence for a file over MAX_FILE_BYTES, also said by readers that refuse it before reading it. */
export const TOO_LARGE = `This file is too large: a journey file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB.`;

/** A file refused as a whole: not JSON, too large, not a journey file, a newer version. */
const refuse = (error: string, issues: FormatIssue[] = []): ParseResult => ({
  ok: false,
  error,
  issues,
  scope: "file",
});

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function byteLength(text: string): number {
  // Cheap bounds first: a UTF-16 unit is 1 to 3 UTF-8 bytes.
  if (text.length * 3 <= MAX_FILE_BYTES) return text.length;
  if (text.length > MAX_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** One line that says where the JSON goes wrong and why, quoting at most a character of the file. */
function notJson(text: string, v8Message: string): string {
  const found = findJsonError(text);
  // Only if the scanner and JSON.parse ever disagreed: V8's position, never its quote of the file.
  const offset = found?.offset ?? Number(/at position (\d+)/.exec(v8Message)?.[1] ?? Number.NaN);
  if (Number.isNaN(offset)) return "This file is not valid JSON.";
  const { line, column } = lineAndColumn(text, offset);
  const where = `This file is not valid JSON (line ${line}, column ${column})`;
  return found ? `${where}: ${found.reason}.` : `${where}.`;
}

export function parseJourneyText(text: string): ParseResult {
  if (byteLength(text) > MAX_FILE_BYTES) {
    return refuse(TOO_LARGE);
  }
  if (text.trim() === "") return refuse("This file is empty: a journey file is a JSON document.");
  let value: unknown;
  const body = text.replace(/^\uFEFF/, "");
  try {
    value = JSON.parse(body, stripForbiddenKeys);
  } catch (e) {
    if (e instanceof RangeError) return refuse("This file is nested too deeply to be a journey file.");
    return refuse(notJson(body, e instanceof Error ? e.message : ""));
  }
  return parseJourneyValue(value);
}

function versionProblem(version: unknown): ParseResult | undefined {
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return refuse("This file has no valid format version: version must be a positive whole number.", [
      { path: "version", message: "must be a positive whole number" },
    ]);
  }
  if (version > FORMAT_VERSION) {
    return refuse(
      `This file was written by a newer version of Outside-In (format version ${version}); this version reads version ${FORMAT_VERSION}.`,
      [{ path: "version", message: `format version ${version} is newer than ${FORMAT_VERSION}` }],
    );
  }
  return undefined;
}

/**
 * One line per problem: a place in the file is named once, with the first thing found wrong there (the
 * schema's finding before the references', which would only say the same again).
 */
function onePerPath(issues: readonly FormatIssue[]): FormatIssue[] {
  const byPath = new Map<string, FormatIssue>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue);
  return [...byPath.values()];
}

function refuseProblems(found: readonly FormatIssue[]): ParseResult {
  const issues = inReadingOrder(onePerPath(found));
  const n = issues.length;
  const error = `This file is not a valid Outside-In journey: ${n} ${n === 1 ? "problem" : "problems"}.`;
  return { ok: false, error, issues, scope: "records" };
}

export function parseJourneyValue(input: unknown): ParseResult {
  let value: unknown;
  try {
    value = sanitizeValue(input);
  } catch {
    return refuse("This file is nested too deeply to be a journey file.");
  }
  if (!isRecord(value)) return refuse("This is not an Outside-In journey file: it must be a JSON object.");
  if (value.format !== FORMAT) {
    return refuse(`This is not an Outside-In journey file: format must be "${FORMAT}".`, [
      { path: "format", message: `must be "${FORMAT}"` },
    ]);
  }
  const badVersion = versionProblem(value.version);
  if (badVersion) return badVersion;

  const { format: _format, version: _version, exportedAt, journey, ...extra } = value;
  const issues: FormatIssue[] = [];
  if (exportedAt !== undefined) {
    const at = dateTimeSchema.safeParse(exportedAt, { error: defaultMessage });
    if (!at.success) issues.push({ path: "exportedAt", message: at.error.issues[0]?.message ?? "is not valid here" });
  }
  const parsed = journeySchema.safeParse(journey, { error: defaultMessage });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Whatever a field's rule, a field that is not there at all is simply missing.
      const message = isPresent(journey, issue.path) ? issue.message : "is required";
      issues.push({ path: joinPath(["journey", ...issue.path]), message });
    }
  }
  issues.push(...checkReferences(journey));
  if (issues.length > 0 || !parsed.success) return refuseProblems(issues);
  const parsedJourney: Journey = parsed.data;
  const file: JourneyFile = { ...extra, format: FORMAT, version: FORMAT_VERSION, journey: parsedJourney };
  if (typeof exportedAt === "string") file.exportedAt = exportedAt;
  return { ok: true, file, journey: parsedJourney };
}
