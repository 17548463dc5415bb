// Reads a JSON request body with a size limit; too large, not JSON or empty become error sentences.
import type { IncomingMessage } from "node:http";
import { HttpError } from "./respond";

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) throw new HttpError(413, `The request body is larger than ${limit / 1024 / 1024} MiB.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
    size += buf.byteLength;
    if (size > limit) throw new HttpError(413, `The request body is larger than ${limit / 1024 / 1024} MiB.`);
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new HttpError(400, "The request needs a JSON body.");
  try {
    // A file saved with a byte order mark is still JSON to `validate`, so it is here too.
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
}
