// Reads a JSON request body with a size limit; too large, not UTF-8, not JSON or empty become error sentences,
// each with an issue at the body's root (path ""), as every refused body carries issues.
import type { IncomingMessage } from "node:http";
import { decodeJourneyBytes } from "../../src/format/decode";
import { HttpError, type Issue } from "./respond";

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${Math.round(bytes / 1024)} KiB`;

/** The one issue of a body refused as a whole. */
export const bodyIssues = (message: string): Issue[] => [{ path: "", message }];

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
  try {
    // A file saved with a byte order mark is still JSON to `validate`, so it is here too.
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : "";
    throw new HttpError(400, "The request body is not valid JSON.", bodyIssues(`is not valid JSON${detail}`));
  }
}
