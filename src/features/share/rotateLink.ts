// Asks the server for a new link of one role; the old link stops working at once.
import { z } from "zod";
import type { LinkRole } from "../../sync";

const rotatedSchema = z.object({ link: z.string().min(1).max(2000), token: z.string().min(1).max(500) });
const errorSchema = z.object({ error: z.string().max(1000) });
export type RotatedLink = z.infer<typeof rotatedSchema>;

/** Resolves with the new link, or rejects with a sentence a person understands. */
export async function rotateLink(baseUrl: string, mapId: string, token: string, role: LinkRole): Promise<RotatedLink> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/maps/${encodeURIComponent(mapId)}/links/${role}/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    });
  } catch {
    throw new Error("The server cannot be reached. Check your network connection and try again.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = errorSchema.safeParse(body);
    throw new Error(error.success ? error.data.error : `The server answered ${response.status}.`);
  }
  const parsed = rotatedSchema.safeParse(body);
  if (!parsed.success) throw new Error("The server sent an answer this app does not understand.");
  return parsed.data;
}
