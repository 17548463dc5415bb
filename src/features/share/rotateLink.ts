// Asks the server for a new link of one role; the old link stops working at once.
import { z } from "zod";
import type { LinkRole } from "../../sync";

const rotatedSchema = z.object({ link: z.string().min(1).max(2000), token: z.string().min(1).max(500) });
const errorSchema = z.object({ error: z.string().max(1000) });
export type RotatedLink = z.infer<typeof rotatedSchema>;

/**
 * Why a link was not replaced, for the dialog to tell in the interface language: no network, refused by the
 * server (with its English sentence), or an answer this app does not understand.
 */
export class RotateError extends Error {
  constructor(
    readonly kind: "network" | "refused" | "answer",
    readonly status = 0,
    readonly serverSentence = "",
  ) {
    super(serverSentence || `${kind} (HTTP ${status})`);
  }
}

/** Resolves with the new link, or rejects with a RotateError. */
export async function rotateLink(baseUrl: string, mapId: string, token: string, role: LinkRole): Promise<RotatedLink> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/maps/${encodeURIComponent(mapId)}/links/${role}/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}` },
    });
  } catch {
    throw new RotateError("network");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = errorSchema.safeParse(body);
    throw new RotateError("refused", response.status, error.success ? error.data.error : "");
  }
  const parsed = rotatedSchema.safeParse(body);
  if (!parsed.success) throw new RotateError("answer", response.status);
  return parsed.data;
}
