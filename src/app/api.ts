// Calls to the server's HTTP API from the start page; answers are parsed, errors become sentences.
import { z } from "zod";
import { answerOf, callServer, ServerCallError } from "../sync/serverCall";

const linksSchema = z.object({ owner: z.string(), edit: z.string(), comment: z.string(), view: z.string() });
const createdSchema = z.object({ id: z.string().min(1), links: linksSchema, tokens: linksSchema });
export type CreatedMap = z.infer<typeof createdSchema>;

/**
 * Why a map was not created, for the page to tell in the interface language: no answer (network), a success this
 * page cannot read (answer: the map is most likely there, without its links), the creation token kept from before
 * that the server no longer accepts (keptToken), a creation token the server did not accept (wrongToken), or another
 * refusal (refused, also 401 when no token was sent) with its status and the server's own English sentence and issues.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: "network" | "answer" | "refused" | "wrongToken" | "keptToken",
    readonly status = 0,
    readonly issues: string[] = [],
    /** The server's sentence, English; empty when the refusal came without one. */
    readonly serverSentence = "",
  ) {
    super(message);
  }
}

/** The start page's reason for a failed call, from the shared one; `withToken` when a creation token was sent. */
function startPageError(error: unknown, withToken: boolean): unknown {
  if (!(error instanceof ServerCallError)) return error;
  const { kind, status, serverSentence: sentence } = error;
  if (kind === "network") {
    return new ApiError("The server cannot be reached. Check your network connection and try again.", "network");
  }
  if (kind === "answer") {
    // The map is most likely there, but without its links nobody can open it: say so, so that nobody makes it twice.
    return new ApiError(
      "The server says it created the map, but this page cannot read its answer and so has no link to open it. Creating it again would make a second map.",
      "answer",
    );
  }
  if (status === 401 && withToken) {
    return new ApiError("The server did not accept this creation token.", "wrongToken", 401, [], sentence);
  }
  if (!sentence) return new ApiError(`The server could not create the map (HTTP ${status}).`, "refused", status);
  const issues = error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return new ApiError(sentence, "refused", status, issues, sentence);
}

/** Creates a map; `creationToken` goes in `Authorization: Bearer`, as a server with CREATE_TOKEN wants it. */
export async function createMapOnServer(body: unknown, creationToken?: string): Promise<CreatedMap> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (creationToken !== undefined) headers["Authorization"] = `Bearer ${creationToken}`;
  const request = { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) };
  try {
    return await answerOf(createdSchema, await callServer("/api/maps", request));
  } catch (error) {
    throw startPageError(error, creationToken !== undefined);
  }
}
