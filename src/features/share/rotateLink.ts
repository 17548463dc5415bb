// Asks the server for a new link of one role; the old link stops working at once.
import { z } from "zod";
import type { LinkRole } from "../../sync";
import { answerOf, callServer, tokenRequest } from "../../sync/serverCall";

const rotatedSchema = z.object({ link: z.string().min(1).max(2000), token: z.string().min(1).max(500) });
export type RotatedLink = z.infer<typeof rotatedSchema>;

/** Resolves with the new link, or rejects with a ServerCallError. */
export async function rotateLink(baseUrl: string, mapId: string, token: string, role: LinkRole): Promise<RotatedLink> {
  const url = `${baseUrl}/api/maps/${encodeURIComponent(mapId)}/links/${role}/rotate`;
  return answerOf(rotatedSchema, await callServer(url, tokenRequest("POST", token)));
}
