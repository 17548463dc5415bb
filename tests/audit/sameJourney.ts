// What "the same document" means for a journey file read back: every record and field the same, cards compared by
// id (an export lists them stage by stage and numbers their order within a cell afresh), and the order of the
// cards within each cell unchanged. The export's own fields (exportedAt, health) are left out, and a missing
// comments list is an empty one.
import type { JsonObject } from "./unseenFixtures";

type Card = JsonObject & { id: string; stageId: string; laneId: string; order?: number };

/** Each cell's card ids in the order the file puts them: by order (a card without one by its place in the list). */
function cellOrder(cards: Card[]): Record<string, string[]> {
  const cells: Record<string, { id: string; order: number; index: number }[]> = {};
  cards.forEach((c, index) => {
    (cells[`${c.stageId} / ${c.laneId}`] ??= []).push({ id: c.id, order: c.order ?? index, index });
  });
  return Object.fromEntries(
    Object.entries(cells).map(([cell, list]) => [
      cell,
      list.sort((a, b) => a.order - b.order || a.index - b.index).map((c) => c.id),
    ]),
  );
}

export type Comparable = { file: JsonObject; journey: JsonObject; cards: Record<string, JsonObject>; cells: object };

/**
 * The parts of a journey file to compare. `withoutId` leaves out the journey's id (a map made on the server takes the
 * map's id) and `withoutFileExtras` the file's unknown top-level fields (the server keeps the journey's, not the file's).
 */
export function comparable(
  text: string,
  options: { withoutId?: boolean; withoutFileExtras?: boolean } = {},
): Comparable {
  const parsed = JSON.parse(text) as JsonObject;
  const file: JsonObject = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (key === "exportedAt" || key === "health" || key === "journey") continue;
    if (options.withoutFileExtras && key !== "format" && key !== "version") continue;
    file[key] = value;
  }
  const { cards, id, ...journey } = parsed["journey"] as JsonObject & { cards: Card[] };
  if (!options.withoutId) journey["id"] = id;
  // A map made on the server lists its comments, none or some; a file may leave the list out.
  journey["comments"] ??= [];
  const byId = Object.fromEntries(
    cards.map((card) => {
      const { order: _order, ...rest } = card;
      return [card.id, rest];
    }),
  );
  return { file, journey, cards: byId, cells: cellOrder(cards) };
}
