// One way to call the server's HTTP API from a page: a call that fails says why in a ServerCallError, the server's
// refusal keeps its own English sentence and issues, and an answer is read through a schema.
import { z } from "zod";

const refusalSchema = z.object({
  error: z.string().min(1),
  issues: z.array(z.object({ path: z.string(), message: z.string().optional() })).optional(),
});

/** One issue the server named in a refusal: where in the request body, and what is wrong there. */
export interface RefusalIssue {
  path: string;
  message: string;
}

/**
 * Why a call failed: no answer (network), a refusal with its HTTP status and, when the server gave them, its own
 * English sentence and issues (refused), or a success this page cannot read (answer).
 */
export class ServerCallError extends Error {
  constructor(
    readonly kind: "network" | "refused" | "answer",
    readonly status = 0,
    /** The server's sentence, English; empty when the refusal came without one. */
    readonly serverSentence = "",
    readonly issues: readonly RefusalIssue[] = [],
  ) {
    super(serverSentence || `${kind} (HTTP ${status})`);
  }
}

/**
 * Sends a request and resolves with a successful response; rejects with a ServerCallError for no answer or a
 * refusal. `doFetch` defaults to the global fetch, looked up per call so that a test (or a polyfill) may replace it.
 */
export async function callServer(url: string, init: RequestInit, doFetch?: typeof fetch): Promise<Response> {
  let response: Response;
  try {
    response = await (doFetch ?? fetch)(url, init);
  } catch {
    throw new ServerCallError("network");
  }
  if (response.ok) return response;
  const refusal = refusalSchema.safeParse(await response.json().catch(() => null));
  if (!refusal.success) throw new ServerCallError("refused", response.status);
  const issues = (refusal.data.issues ?? []).map((i) => ({ path: i.path, message: i.message ?? "" }));
  throw new ServerCallError("refused", response.status, refusal.data.error, issues);
}

/** The JSON of a successful response read through `schema`; a ServerCallError `answer` when it does not fit. */
export async function answerOf<T>(schema: z.ZodType<T>, response: Response): Promise<T> {
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ServerCallError("answer", response.status);
  return parsed.data;
}

/** A request with a map link's token, and `body` as JSON when there is one. */
export function tokenRequest(
  method: string,
  token: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
      ...extraHeaders,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  };
}
