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
 * Why a map was not created, for the page to tell in the interface language: no answer (network), an answer this
 * app cannot read (answer), or a refusal (refused) with its status and the server's own English sentence and issues.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: "network" | "answer" | "refused",
    readonly status = 0,
    readonly issues: string[] = [],
    /** The server's sentence, English; empty when the refusal came without one. */
    readonly serverSentence = "",
  ) {
    super(message);
  }
}

export async function createMapOnServer(body: unknown): Promise<CreatedMap> {
  let response: Response;
  try {
    response = await fetch("/api/maps", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError("The server cannot be reached. Check your network connection and try again.", "network");
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorSchema.safeParse(json);
    if (parsed.success) {
      const issues = (parsed.data.issues ?? []).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
      throw new ApiError(parsed.data.error, "refused", response.status, issues, parsed.data.error);
    }
    throw new ApiError(`The server could not create the map (HTTP ${response.status}).`, "refused", response.status);
  }
  const created = createdSchema.safeParse(json);
  if (!created.success) throw new ApiError("The server sent an answer this app does not understand.", "answer");
  return created.data;
}
