// Calls to the server's HTTP API from the start page; answers are parsed, errors become sentences.
import { z } from "zod";

const linksSchema = z.object({ owner: z.string(), edit: z.string(), comment: z.string(), view: z.string() });
const createdSchema = z.object({ id: z.string().min(1), links: linksSchema, tokens: linksSchema });
export type CreatedMap = z.infer<typeof createdSchema>;

const errorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export class ApiError extends Error {
  constructor(
    message: string,
    readonly issues: string[] = [],
    /** Set when the sentence is the app's own, so the page can say it in the interface language. */
    readonly own: { key: "network" | "status" | "answer"; status?: number } | null = null,
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
    throw new ApiError("The server cannot be reached. Check your network connection and try again.", [], {
      key: "network",
    });
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorSchema.safeParse(json);
    if (parsed.success) {
      throw new ApiError(
        parsed.data.error,
        (parsed.data.issues ?? []).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
      );
    }
    throw new ApiError(`The server could not create the map (HTTP ${response.status}).`, [], {
      key: "status",
      status: response.status,
    });
  }
  const created = createdSchema.safeParse(json);
  if (!created.success) {
    throw new ApiError("The server sent an answer this app does not understand.", [], { key: "answer" });
  }
  return created.data;
}
