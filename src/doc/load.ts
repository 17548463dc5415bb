// Loads a whole (already validated) journey into a document, replacing what was there, in one transaction.
import * as Y from "yjs";
import { SCHEMA_VERSION, SYSTEM, collection, commentsMap, metaMap, toRecordMap, type CollectionName } from "./schema";
import { ranksBetween } from "./rank";
import { STANDARD_LANES } from "./records/lane";
import { newId } from "./ids";
import type { Journey } from "./records/journey";
import type { Comment } from "./records/comment";
import type { Card } from "./records/card";
import { META_BOOKKEEPING, RECORD_BOOKKEEPING, storedKey, withStoredKeys } from "./storedKeys";

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function fill(doc: Y.Doc, name: CollectionName, records: readonly Record<string, unknown>[], ranks: readonly string[]) {
  const coll = collection(doc, name);
  // A field named like the document's bookkeeping (rank) is stored under another name (./storedKeys).
  records.forEach((r, i) =>
    coll.set(String(r.id), toRecordMap({ ...withStoredKeys(clone(r), RECORD_BOOKKEEPING), rank: ranks[i] })),
  );
}

/** Cards keep the order the file gives within each cell: by `order`, then by position in the file. */
function cardRanks(cards: readonly Card[]): { cards: Card[]; ranks: string[] } {
  const indexed = cards.map((c, i) => ({ c, i }));
  const cells = new Map<string, { c: Card; i: number }[]>();
  for (const x of indexed) {
    const key = `${x.c.stageId}\u0000${x.c.laneId}`;
    const list = cells.get(key) ?? [];
    list.push(x);
    cells.set(key, list);
  }
  const out: Card[] = [];
  const ranks: string[] = [];
  for (const list of cells.values()) {
    list.sort((a, b) => (a.c.order ?? a.i) - (b.c.order ?? b.i) || a.i - b.i);
    const keys = ranksBetween(undefined, undefined, list.length);
    list.forEach((x, k) => {
      const { order: _order, ...rest } = x.c;
      out.push(rest as Card);
      ranks.push(keys[k] ?? "a0");
    });
  }
  return { cards: out, ranks };
}

export function loadJourney(doc: Y.Doc, journey: Journey, origin: unknown = SYSTEM): void {
  const { stages, lanes, cards, connections, comments: _comments, ...meta } = journey;
  doc.transact(() => {
    for (const name of ["stages", "lanes", "cards", "connections"] as CollectionName[]) collection(doc, name).clear();
    const m = metaMap(doc);
    m.clear();
    for (const [k, v] of Object.entries(clone(meta))) if (v !== undefined) m.set(storedKey(k, META_BOOKKEEPING), v);
    m.set("schemaVersion", SCHEMA_VERSION);
    fill(doc, "stages", stages, ranksBetween(undefined, undefined, stages.length));
    fill(doc, "lanes", lanes, ranksBetween(undefined, undefined, lanes.length));
    const sorted = cardRanks(cards);
    fill(doc, "cards", sorted.cards, sorted.ranks);
    fill(doc, "connections", connections, ranksBetween(undefined, undefined, connections.length));
  }, origin);
}

export function loadComments(commentsDoc: Y.Doc, comments: readonly Comment[], origin: unknown = SYSTEM): void {
  commentsDoc.transact(() => {
    const map = commentsMap(commentsDoc);
    map.clear();
    for (const c of comments) map.set(c.id, clone(c));
  }, origin);
}

/** A blank map: three stages and the seven standard lanes, named in the map's language. */
export function blankJourney(title: string, language: "en" | "de" = "en"): Journey {
  const stageNames = language === "de" ? ["Phase 1", "Phase 2", "Phase 3"] : ["Stage 1", "Stage 2", "Stage 3"];
  return {
    id: newId("jr"),
    title,
    language,
    stages: stageNames.map((name) => ({ id: newId("st"), name })),
    lanes: STANDARD_LANES.map((l) => ({ id: newId("ln"), name: l.name[language], kind: l.kind })),
    cards: [],
    connections: [],
  };
}

export function createJourneyDoc(journey: Journey): Y.Doc {
  const doc = new Y.Doc();
  loadJourney(doc, journey);
  return doc;
}
