// Calls to the server's HTTP API from the start page; answers are parsed, errors become sentences.
import { z } from "zod";

const linksSchema = z.object({ owner: z.string(), edit: z.string(), comment: z.string(), view: z.string() });
const createdSchema = z.object({ id: z.string().min(1), links: linksSchema, tokens: linksSchema });
export type CreatedMap = z.infer<typeof createdSchema>;

const errorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/**
 * Why a map was not created, for the page to tell in the interface language: no answer (network), a success this
 * page cannot read (answer: the map is most likely there, without its links), the creation token kept from before
 * that the server no longer accepts (keptToken), a creation token the server did not accept (wrongToken), or another refusal (refused,
 * also 401 when no token was sent) with its status and the server's own English sentence and issues.
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

/** Creates a map; `creationToken` goes in `Authorization: Bearer`, as a server with CREATE_TOKEN wants it. */
export async function createMapOnServer(body: unknown, creationToken?: string): Promise<CreatedMap> {
  let response: Response;
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (creationToken !== undefined) headers["Authorization"] = `Bearer ${creationToken}`;
  try {
    response = await fetch("/api/maps", {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError("The server cannot be reached. Check your network connection and try again.", "network");
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorSchema.safeParse(json);
    if (response.status === 401 && creationToken !== undefined) {
      const sentence = parsed.success ? parsed.data.error : "";
      throw new ApiError("The server did not accept this creation token.", "wrongToken", 401, [], sentence);
    }
    if (parsed.success) {
      const issues = (parsed.data.issues ?? []).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
      throw new ApiError(parsed.data.error, "refused", response.status, issues, parsed.data.error);
    }
    throw new ApiError(`The server could not create the map (HTTP ${response.status}).`, "refused", response.status);
  }
  const created = createdSchema.safeParse(json);
  // The map is most likely there, but without its links nobody can open it: say so, so that nobody makes it twice.
  if (!created.success) {
    throw new ApiError(
      "The server says it created the map, but this page cannot read its answer and so has no link to open it. Creating it again would make a second map.",
      "answer",
    );
  }
  return created.data;
}
