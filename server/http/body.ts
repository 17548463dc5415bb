// Reads a JSON request body with a size limit; too large, not UTF-8, not JSON or empty become error sentences,
// each with an issue at the body's root (path ""), as every refused body carries issues.
import type { IncomingMessage } from "node:http";
import type { z } from "zod";
import { decodeJourneyBytes } from "../../src/format/decode";
import { english } from "../../src/format/english";
import { findJsonError, lineAndColumn } from "../../src/format/jsonError";
import { halfCharacterIssues } from "../../src/format/halfCharacters";
import { defaultMessage, isPresent } from "../../src/format/messages";
import { HttpError, type Issue } from "./respond";

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;

/** The one issue of a body refused as a whole. */
export const bodyIssues = (message: string): Issue[] => [{ path: "", message }];

/**
 * A request body read by `schema`, or a 400 with `sentence` whose issues are worded as a journey file's are ("is
 * required", "must be a string").
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, sentence: string): T {
  const result = schema.safeParse(body, { error: defaultMessage, reportInput: true });
  if (result.success) return result.data;
  const issues: Issue[] = result.error.issues.map((i) => ({
    path: i.path.map(String).join("."),
    message: i.path.length > 0 && !isPresent(body, i.path) ? "is required" : i.message,
  }));
  throw new HttpError(400, sentence, issues);
}

const tooLarge = (limit: number): HttpError =>
  new HttpError(
    413,
    `The request body is larger than ${sizeText(limit)}.`,
    bodyIssues(`is larger than ${sizeText(limit)}`),
  );

export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
    size += buf.byteLength;
    if (size > limit) throw tooLarge(limit);
    chunks.push(buf);
  }
  const decoded = decodeJourneyBytes(Buffer.concat(chunks));
  if (!decoded.ok && decoded.error === english.utf16) {
    throw new HttpError(400, "The request body is UTF-16 text; JSON is sent as UTF-8.", bodyIssues("is UTF-16 text"));
  }
  if (!decoded.ok) {
    const where = `line ${decoded.line}, column ${decoded.column}`;
    throw new HttpError(400, `The request body is not UTF-8 text (${where}); JSON is sent as UTF-8.`, [
      { path: "", message: `is not UTF-8 text (${where})` },
    ]);
  }
  const text = decoded.text;
  if (text.trim() === "") {
    throw new HttpError(400, "The request needs a JSON body.", bodyIssues("is empty; send a JSON document"));
  }
  // A file saved with a byte order mark is still JSON to `validate`, so it is here too.
  const json = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(json) as unknown;
  } catch (error) {
    if (error instanceof RangeError) throw new HttpError(400, english.tooDeep, bodyIssues(english.tooDeep));
    throw notJson(json);
  }
  // Half a character ("\ud83d" alone) is no text: stored, it would come back as U+FFFD, one or three of them.
  const halves = halfCharacterIssues(value);
  if (halves.length > 0) {
    throw new HttpError(
      400,
      "The request body holds half of a character, as when an emoji is cut in two; remove it or send the whole character.",
      halves,
    );
  }
  return value;
}

/** Where and why a body is not JSON, worded as `validate` words it: line, column and reason, never V8's quote. */
function notJson(text: string): HttpError {
  const found = findJsonError(text);
  if (found === undefined) {
    return new HttpError(400, "The request body is not valid JSON.", bodyIssues("is not valid JSON"));
  }
  const { line, column } = lineAndColumn(text, found.offset);
  const detail = `(line ${line}, column ${column}): ${found.reason}`;
  return new HttpError(400, `The request body is not valid JSON ${detail}.`, bodyIssues(`is not valid JSON ${detail}`));
}
