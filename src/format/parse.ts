// Reads a journey file (text or an already parsed value) and says, path by path, everything wrong with it.
import { journeySchema, type Journey } from "../doc";
import { dateTimeSchema } from "../doc/records/dates";
import { findJsonError, lineAndColumn } from "./jsonError";
import { defaultMessage, isPresent, presentInOtherCase } from "./messages";
import { checkReferences } from "./references";
import { MAX_JSON_DEPTH, nestingIssues } from "./nesting";
import { halfCharacterIssues } from "./halfCharacters";
import { inReadingOrder } from "./order";
import { oneLine } from "./oneLine";
import { joinPath } from "./path";
import { sanitizeValue, stripForbiddenKeys } from "./sanitize";
import { FORMAT, FORMAT_VERSION, type FormatIssue, type JourneyFile, type ParseResult } from "./types";
import { english } from "./english";
import { MAX_FILE_BYTES } from "./limits";
import { wordingFor, type ReadOptions, type Wording } from "./wording";

export { MAX_FILE_BYTES };

/** The sentence for a file over MAX_FILE_BYTES, also said by readers that refuse it before reading it. */
export const TOO_LARGE = english.tooLarge;

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
function notJson(text: string, v8Message: string, says: Wording): string {
  const found = findJsonError(text, says.json);
  // Only if the scanner and JSON.parse ever disagreed: V8's position, never its quote of the file.
  const offset = found?.offset ?? Number(/at position (\d+)/.exec(v8Message)?.[1] ?? Number.NaN);
  if (Number.isNaN(offset)) return says.notJson();
  return says.notJson(lineAndColumn(text, offset), found?.reason);
}

export function parseJourneyText(text: string, options: ReadOptions = {}): ParseResult {
  const says = wordingFor(options);
  if (byteLength(text) > MAX_FILE_BYTES) {
    return refuse(says.tooLarge);
  }
  if (text.trim() === "") return refuse(says.empty);
  let value: unknown;
  const body = text.replace(/^\uFEFF/, "");
  try {
    value = JSON.parse(body, stripForbiddenKeys);
  } catch (e) {
    if (e instanceof RangeError) return refuse(says.tooDeep);
    return refuse(notJson(body, e instanceof Error ? e.message : "", says));
  }
  return parseJourneyValue(value, options);
}

function versionProblem(version: unknown, says: Wording): ParseResult | undefined {
  const refusal =
    typeof version !== "number" || !Number.isInteger(version) || version < 1
      ? says.noVersion
      : version > FORMAT_VERSION
        ? says.newerVersion(version, FORMAT_VERSION)
        : undefined;
  return refusal && refuse(refusal.error, [{ path: "version", message: refusal.issue }]);
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

function refuseProblems(found: readonly FormatIssue[], says: Wording): ParseResult {
  const issues = inReadingOrder(onePerPath(found)).map(({ path, message }) => ({
    path: oneLine(path),
    message: oneLine(message),
  }));
  return { ok: false, error: says.problems(issues.length), issues, scope: "records" };
}

// reportInput: a German wording tells a number too large to be finite (1e999) by its input.
const zodOptions = { error: defaultMessage, reportInput: true };

/** A journey's own fields at the top of the file: its collections, beside no file header. */
export const looksLikeJourney = (value: Record<string, unknown>): boolean =>
  ["stages", "lanes", "cards"].some((key) => Array.isArray(value[key]));

export function parseJourneyValue(input: unknown, options: ReadOptions = {}): ParseResult {
  const says = wordingFor(options);
  let value: unknown;
  try {
    value = sanitizeValue(input);
  } catch {
    return refuse(says.tooDeep);
  }
  if (!isRecord(value)) return refuse(says.notAnObject);
  if (value.format !== FORMAT) {
    const wrong = says.wrongFormat(FORMAT);
    // A journey on its own (what a script writes from its own data, or the inside of a file): say how to wrap it.
    const bare = value.format === undefined && value.journey === undefined && looksLikeJourney(value);
    return refuse(bare ? `${wrong.error} ${says.bareJourney(FORMAT, FORMAT_VERSION)}` : wrong.error, [
      { path: "format", message: wrong.issue },
    ]);
  }
  const badVersion = versionProblem(value.version, says);
  if (badVersion) return badVersion;

  const { format: _format, version: _version, exportedAt, journey, ...extra } = value;
  const issues: FormatIssue[] = [];
  if (exportedAt !== undefined) {
    const at = dateTimeSchema.safeParse(exportedAt, zodOptions);
    const first = at.error?.issues[0];
    if (!at.success) issues.push({ path: "exportedAt", message: first ? says.issue(first) : says.notValid });
  }
  // An unknown field nested deeper than a map keeps it would be dropped on the server without a word: refused here.
  issues.push(...nestingIssues(value, says.nestedTooDeep(MAX_JSON_DEPTH)));
  issues.push(...halfCharacterIssues(value, options.language === "de" ? "de" : "en"));
  const parsed = journeySchema.safeParse(journey, zodOptions);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Whatever a field's rule, a field that is not there at all is simply missing.
      const other = presentInOtherCase(value, ["journey", ...issue.path]);
      const missing = other === undefined ? says.required : says.requiredFoundAs(other);
      const message = isPresent(journey, issue.path) ? says.issue(issue) : missing;
      issues.push({ path: joinPath(["journey", ...issue.path]), message });
    }
  }
  issues.push(...checkReferences(journey, says));
  if (issues.length > 0 || !parsed.success) return refuseProblems(issues, says);
  const parsedJourney: Journey = parsed.data;
  const file: JourneyFile = { ...extra, format: FORMAT, version: FORMAT_VERSION, journey: parsedJourney };
  if (typeof exportedAt === "string") file.exportedAt = exportedAt;
  return { ok: true, file, journey: parsedJourney };
}
