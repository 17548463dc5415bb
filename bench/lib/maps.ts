// Maps for load tests: one journey file (the same on every server) and the way each server gets its content.
import * as Y from "yjs";
import { z } from "zod";
import { createJourneyDoc, type Journey } from "../../src/doc";
import { toJourneyFile } from "../../src/format";
import { generatedJourney } from "../../tests/export/journeys";

const createdSchema = z.object({
  id: z.string(),
  tokens: z.object({ owner: z.string(), edit: z.string(), comment: z.string(), view: z.string() }),
});
export type CreatedMap = z.infer<typeof createdSchema>;

/**
 * A journey with `cards` cards in all (touchpoints plus one action and one feeling per stage), and the
 * customer's path drawn as real maps have it: from each stage's action to the next one's, and from each
 * action to the first touchpoint of its stage.
 */
export function journeyOfCards(cards: number, stages = Math.max(4, Math.min(24, Math.ceil(cards / 40)))): Journey {
  const journey = generatedJourney(Math.max(0, cards - 2 * stages), stages);
  const ids = new Set(journey.cards.map((c) => c.id));
  const connections: Journey["connections"] = [];
  for (let i = 0; i < stages; i++) {
    if (ids.has(`do_${i + 1}`)) connections.push({ id: `path_${i}`, from: `do_${i}`, to: `do_${i + 1}` });
    if (ids.has(`tp_${i}`)) connections.push({ id: `path_tp_${i}`, from: `do_${i}`, to: `tp_${i}` });
  }
  return { ...journey, connections };
}

export const journeyFile = (journey: Journey): unknown => toJourneyFile(journey);

/** The map's document as one update, to seed a server that has no import (the reference server). */
export function journeyUpdate(journey: Journey): Uint8Array {
  const doc = createJourneyDoc(journey);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** POST /api/maps; throws with the server's answer unless it created the map. */
export async function createMapOn(url: string, body: unknown): Promise<CreatedMap> {
  const res = await fetch(`${url}/api/maps`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`Creating a map answered ${res.status}: ${text}`);
  return createdSchema.parse(JSON.parse(text));
}
