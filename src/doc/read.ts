// Reads the document into a plain journey (format v1 shape): the snapshot every view, check and export uses.
//
// The document is written by every editor's client, and the server applies what an editor sends without
// looking at the values, so reading is the edge where they are checked (./readValues): whatever the
// document holds, the snapshot is a journey the importer accepts, and reading never throws. Nothing is
// deleted from the document; the snapshot leaves out or repairs what it cannot show:
// - a record that is not a Y.Map, whose key is not an id, or whose required fields are unusable is left
//   out, and so is what points at it (a card whose stage or lane is gone, a connection whose card is gone);
// - a record's id is the key it is stored under (ops look records up by key), whatever its `id` field says;
// - ids are unique across stages, lanes, cards, connections, comments and replies: the first one wins, in
//   that order; a journey id that is not usable or not unique reads as a fallback id;
// - a title or name of invisible characters only (a zero-width space, a soft hyphen), and a journey title that is
//   missing or blank, read as a fallback in the map's language ("Untitled card", "Karte ohne Titel" in a German
//   map), so views and exports never show an empty one (a record whose name is blank is left out, as above);
// - a card in an emotions lane without a valid emotion reads as neutral (0), as the ops give it;
// - a comment whose stage, lane or card is not in the snapshot reads as a comment on the map (with the
//   quote it carries), as the export writes it.
import * as Y from "yjs";
import { RANK, collection, commentsMap, metaMap, type Collection, type CollectionName, type RecordMap } from "./schema";
import { MAX, isVisibleText } from "./records/limits";
import { CHANNELS } from "./records/card";
import type { Journey, JourneyMeta } from "./records/journey";
import type { Stage } from "./records/stage";
import type { Lane } from "./records/lane";
import type { Card } from "./records/card";
import type { Connection } from "./records/connection";
import type { Comment, Reply } from "./records/comment";
import type { ReadCache, ReadCacheEntry } from "./readCache";
import { META_BOOKKEEPING, RECORD_BOOKKEEPING, fieldName, withFieldNames } from "./storedKeys";
import {
  FORBIDDEN_KEYS,
  comment as readComment,
  cut,
  emotion,
  fields,
  id,
  isId,
  jsonValue,
  languageTag,
  laneKind,
  measurement,
  optionalText,
  persona,
  readMapFields,
  reason,
  requiredText,
  type Fields,
} from "./readValues";

/** The title a journey without a usable one reads as, in English (see fallbackNames for the map's language). */
export const FALLBACK_TITLE = "Untitled map";
/** The id a journey without a usable or unique one reads as (with -2, -3... when that is taken). */
export const FALLBACK_JOURNEY_ID = "journey";

/** The journey schema's limits on its lists (./records/journey). */
const MAX_STAGES = 500;
const MAX_LANES = 100;
const MAX_CONNECTIONS = MAX.cards * 2;

/** A record's fields as stored, without the rank (for ops that check a record against its schema). */
export function recordToPlain(record: RecordMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of record.entries()) if (key !== RANK) out[key] = value;
  return out;
}

interface Stored {
  key: string;
  rank: string;
  record: RecordMap;
}

/** The records of a collection stored under an id as a Y.Map, sorted by rank and then key (concurrent inserts). */
function storedRecords(doc: Y.Doc, name: CollectionName): Stored[] {
  let coll: Collection;
  try {
    coll = collection(doc, name);
  } catch {
    return []; // the root was made as another type by code in this process
  }
  const list: Stored[] = [];
  for (const [key, record] of coll.entries() as IterableIterator<[string, unknown]>) {
    if (!(record instanceof Y.Map) || !isId(key)) continue;
    const rank = record.get(RANK);
    list.push({ key, rank: typeof rank === "string" ? rank : "", record: record as RecordMap });
  }
  list.sort((a, b) => (a.rank !== b.rank ? (a.rank < b.rank ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return list;
}

const SKIP_RECORD: ReadonlySet<string> = new Set(["id", RANK]);

/**
 * A record read with its field rules, or undefined (also if reading it throws, whatever it holds). A field stored
 * under another name than its own (./storedKeys) reads under its own.
 */
function readRecord<T>(stored: Stored, spec: Fields, skip = SKIP_RECORD): T | undefined {
  try {
    const read = readMapFields(stored.record, spec, { id: stored.key }, skip);
    return (read === undefined ? undefined : withFieldNames(read, RECORD_BOOKKEEPING)) as T | undefined;
  } catch {
    return undefined;
  }
}

/** What a card, stage or lane whose title or name shows nothing reads as, in English (like FALLBACK_TITLE). */
export const FALLBACK_NAMES = { card: "Untitled card", stage: "Untitled stage", lane: "Untitled lane" } as const;

export type FallbackNames = { map: string; card: string; stage: string; lane: string };

/**
 * The fallbacks in the map's language, so that every view and export of a German map (de, de-AT, …) says them in
 * German, as the German editor names an untitled map (start.untitled), and English otherwise. They are what the
 * snapshot holds, and so what a JSON export writes: the format refuses a title or name that shows nothing.
 */
const FALLBACKS: Readonly<Record<"en" | "de", FallbackNames>> = {
  en: { map: FALLBACK_TITLE, ...FALLBACK_NAMES },
  de: { map: "Map ohne Titel", card: "Karte ohne Titel", stage: "Phase ohne Namen", lane: "Zeile ohne Namen" },
};
const fallbackLanguage = (language: string | undefined): "en" | "de" =>
  language !== undefined && /^de\b/i.test(language) ? "de" : "en";

/** The fallback title and names of a journey in `language` (German for de, de-AT, de-CH …; English otherwise). */
export const fallbackNames = (language: string | undefined): FallbackNames => FALLBACKS[fallbackLanguage(language)];

/** Every fallback name in any language: a record read as one is read again when the map's language changes. */
const ANY_FALLBACK: ReadonlySet<unknown> = new Set(Object.values(FALLBACKS).flatMap((f) => Object.values(f)));

/**
 * A title or name: required text, but one made only of invisible characters (which the ops and the importer
 * refuse, and a document may still hold) reads as `fallback`, so the record is kept and shows a title one can see.
 */
const nameText = (max: number, fallback: string) => {
  const read = requiredText(max);
  return (v: unknown): string | undefined => {
    const s = read(v);
    return s === undefined || isVisibleText(s) ? s : fallback;
  };
};

/** The field rules of stages and lanes, with the fallback names of each language. */
const recordFields = (names: FallbackNames) => ({
  stage: fields({
    name: { read: nameText(MAX.name, names.stage), required: true },
    customerGoal: { read: optionalText(MAX.text) },
  }),
  lane: fields({
    name: { read: nameText(MAX.name, names.lane), required: true },
    kind: { read: laneKind, required: true },
  }),
  cardTitle: nameText(MAX.title, names.card),
  journeyTitle: nameText(MAX.title, names.map),
});
const FIELDS_BY_NAMES = new Map<FallbackNames, ReturnType<typeof recordFields>>(
  Object.values(FALLBACKS).map((names) => [names, recordFields(names)]),
);
const fieldsOf = (names: FallbackNames) => FIELDS_BY_NAMES.get(names) ?? recordFields(names);
const connectionFields = fields({
  from: { read: id, required: true },
  to: { read: id, required: true },
  label: { read: optionalText(MAX.name) },
});

const CHANNEL_SET: ReadonlySet<unknown> = new Set(CHANNELS);
const { title: TITLE_MAX, longText: LONG_TEXT_MAX, name: NAME_MAX } = MAX;
const titleText = requiredText(TITLE_MAX);

/**
 * A card's fields (every read reads every card: by hand, not through field tables), or undefined when its
 * stage, lane or title is unusable. Its place (does the stage exist?) is checked by the caller.
 */
function readCard(stored: Stored, names: FallbackNames): Card | undefined {
  const cardTitle = fieldsOf(names).cardTitle;
  const out: Record<string, unknown> = { id: stored.key };
  let usable = 0;
  let unusable = false;
  const keep = (key: string, value: unknown): void => {
    if (value !== undefined) out[key] = value;
  };
  try {
    stored.record.forEach((raw, key) => {
      if (unusable) return;
      switch (key) {
        case "id":
        case RANK:
        case "order":
          return;
        case "stageId":
        case "laneId":
          if (isId(raw)) {
            out[key] = raw;
            usable++;
          } else unusable = true;
          return;
        case "title": {
          const title = cardTitle(raw);
          if (title === undefined) unusable = true;
          else {
            out[key] = title;
            usable++;
          }
          return;
        }
        case "description":
          if (typeof raw === "string") out[key] = cut(raw, LONG_TEXT_MAX);
          return;
        case "owner":
          if (typeof raw === "string") out[key] = cut(raw, NAME_MAX);
          return;
        case "channel":
          if (CHANNEL_SET.has(raw)) out[key] = raw;
          return;
        case "emotion":
          return keep(key, emotion(raw));
        case "momentOfTruth":
        case "signatureInteraction":
          return keep(key, reason(raw));
        case "measurement":
          return keep(key, measurement(raw));
        default:
          if (!FORBIDDEN_KEYS.has(key)) keep(fieldName(key, RECORD_BOOKKEEPING), jsonValue(raw));
      }
    });
  } catch {
    return undefined;
  }
  return unusable || usable !== 3 ? undefined : (out as Card);
}

/** Reads records in order, leaving out unusable ones and those whose id is already `seen`; adds the rest's ids. */
function readList<T extends { id: string }>(
  doc: Y.Doc,
  name: CollectionName,
  spec: Fields,
  seen: Set<string>,
  max: number,
  cache: ReadCache | undefined,
): T[] {
  const out: T[] = [];
  for (const stored of storedRecords(doc, name)) {
    if (out.length >= max) break;
    if (seen.has(stored.key)) continue;
    let entry = cache?.get(stored.record);
    if (entry === undefined) {
      entry = { value: readRecord<T>(stored, spec), fixed: false };
      cache?.set(stored.record, entry);
    }
    const record = entry.value as T | undefined;
    if (record === undefined) continue;
    seen.add(record.id);
    out.push(record);
  }
  return out;
}

/** The fallback names in the language the document's journey is in. */
function namesOf(doc: Y.Doc): FallbackNames {
  try {
    return fallbackNames(languageTag(metaMap(doc).get("language")));
  } catch {
    return FALLBACKS.en;
  }
}

export function readStages(doc: Y.Doc, seen = new Set<string>(), cache?: ReadCache, names = namesOf(doc)): Stage[] {
  return readList<Stage>(doc, "stages", fieldsOf(names).stage, seen, MAX_STAGES, cache);
}

export function readLanes(doc: Y.Doc, seen = new Set<string>(), cache?: ReadCache, names = namesOf(doc)): Lane[] {
  return readList<Lane>(doc, "lanes", fieldsOf(names).lane, seen, MAX_LANES, cache);
}

/**
 * Cards sorted by stage, lane and rank; `order` is the index within the cell. Cards whose stage or
 * lane no longer exists (a concurrent delete) stay in the document but not in the snapshot.
 *
 * With a cache, a card read before is that same object again while its record is unchanged, its emotion needs
 * the same default and its order is the same; a card whose order changed is a copy with the new order.
 */
export function readCards(
  doc: Y.Doc,
  stages: readonly Stage[],
  lanes: readonly Lane[],
  seen = new Set<string>([...stages, ...lanes].map((x) => x.id)),
  cache?: ReadCache,
  names = namesOf(doc),
): Card[] {
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const emotionLanes = new Set(lanes.filter((l) => l.kind === "emotions").map((l) => l.id));
  const keyed: { card: Card; cell: number; i: number; entry: ReadCacheEntry }[] = [];
  for (const stored of storedRecords(doc, "cards")) {
    if (seen.has(stored.key)) continue;
    let entry = cache?.get(stored.record);
    const cached = entry?.value as Card | undefined;
    // A card in an emotions lane without an emotion of its own reads as neutral: a lane whose kind changed
    // needs the card read again.
    if (cached !== undefined && entry !== undefined) {
      const needsDefault = (entry.fixed || cached.emotion === undefined) && emotionLanes.has(cached.laneId);
      if (needsDefault !== entry.fixed) entry = undefined;
    }
    if (entry === undefined) {
      const read = readCard(stored, names);
      const fixed = read !== undefined && read.emotion === undefined && emotionLanes.has(read.laneId);
      if (fixed) read.emotion = 0;
      entry = { value: read, fixed };
      cache?.set(stored.record, entry);
    }
    const card = entry.value as Card | undefined;
    if (card === undefined) continue;
    const stage = stageIndex.get(card.stageId);
    const lane = laneIndex.get(card.laneId);
    if (stage === undefined || lane === undefined) continue;
    keyed.push({ card, cell: stage * MAX_LANES + lane, i: keyed.length, entry });
  }
  keyed.sort((a, b) => a.cell - b.cell || a.i - b.i);
  const cards: Card[] = [];
  let lastCell = -1;
  let order = 0;
  for (const { card, cell, entry } of keyed) {
    if (cards.length >= MAX.cards) break;
    order = cell === lastCell ? order + 1 : 0;
    lastCell = cell;
    let shown = card;
    // A card just read has no order yet and is no one else's; one read before may be in a snapshot already.
    if (card.order === undefined) card.order = order;
    else if (card.order !== order) entry.value = shown = { ...card, order };
    seen.add(shown.id);
    cards.push(shown);
  }
  return cards;
}

export function readConnections(
  doc: Y.Doc,
  cards: readonly Card[],
  seen = new Set<string>(cards.map((c) => c.id)),
  cache?: ReadCache,
): Connection[] {
  const ids = new Set(cards.map((c) => c.id));
  const out: Connection[] = [];
  // The ends of each path read so far: two people drawing the same path at once each add a connection, and it is
  // one path (read once, the first; disconnect deletes both).
  const ends = new Set<string>();
  for (const stored of storedRecords(doc, "connections")) {
    if (out.length >= MAX_CONNECTIONS) break;
    if (seen.has(stored.key)) continue;
    let entry = cache?.get(stored.record);
    if (entry === undefined) {
      entry = { value: readRecord<Connection>(stored, connectionFields), fixed: false };
      cache?.set(stored.record, entry);
    }
    const connection = entry.value as Connection | undefined;
    if (connection === undefined || !ids.has(connection.from) || !ids.has(connection.to)) continue;
    // A connection from a card to itself goes nowhere on the path (the ops and the importer refuse one; a map
    // written before they did, or another Yjs client, may still hold one).
    if (connection.from === connection.to) continue;
    const path = `${connection.from}\u0000${connection.to}`;
    if (ends.has(path)) continue;
    ends.add(path);
    seen.add(connection.id);
    out.push(connection);
  }
  return out;
}

const metaFields = fields({
  language: { read: languageTag },
  scenario: { read: optionalText(MAX.longText) },
  owner: { read: optionalText(MAX.name) },
  persona: { read: persona },
});
/** Keys of the meta map that are not journey fields, or that the collections fill. */
const NOT_META: ReadonlySet<string> = new Set([
  "id",
  "title",
  "schemaVersion",
  "stages",
  "lanes",
  "cards",
  "connections",
  "comments",
]);

/** Whether the document holds a usable title of its own (a map still on its way reads as FALLBACK_TITLE). */
export function hasOwnTitle(doc: Y.Doc): boolean {
  try {
    return titleText(metaMap(doc).get("title")) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Whether the journey reads as FALLBACK_TITLE for want of a title that shows (none, blank, or invisible characters
 * only), and not because that is its title: a reader that speaks the map's language may say it in that language.
 */
export function readsUntitled(doc: Y.Doc): boolean {
  try {
    const own = titleText(metaMap(doc).get("title"));
    return own === undefined || !isVisibleText(own);
  } catch {
    return true;
  }
}

/** The journey's own fields; a missing or unusable title or id reads as the fallback. */
export function readMeta(doc: Y.Doc): JourneyMeta {
  const out: Record<string, unknown> = { id: FALLBACK_JOURNEY_ID, title: FALLBACK_TITLE };
  try {
    const meta = metaMap(doc);
    const names = namesOf(doc);
    out.id = id(meta.get("id")) ?? FALLBACK_JOURNEY_ID;
    out.title = fieldsOf(names).journeyTitle(meta.get("title")) ?? names.map;
    for (const [key, raw] of meta.entries()) {
      if (NOT_META.has(key) || FORBIDDEN_KEYS.has(key)) continue;
      const field = metaFields.get(key);
      const value = field === undefined ? jsonValue(raw) : field.read(raw);
      if (value !== undefined) out[field === undefined ? fieldName(key, META_BOOKKEEPING) : key] = value;
    }
  } catch {
    // Whatever was read so far stands.
  }
  return out as JourneyMeta;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Comments by when they were written: by the instant their createdAt names (so "…08:00:00.5Z" comes after
 * "…08:00:00Z", and "09:00:00+01:00" is the same instant as "08:00:00Z"), then, for the same instant, by the text
 * as written and then by id, so that every reader lists them in one order. A date no Date can read (the reader
 * checks them, so only in theory) comes after every other, in the same order.
 */
function inWritingOrder(list: readonly Comment[]): Comment[] {
  const keyed = list.map((c) => ({ c, at: Date.parse(c.createdAt) }));
  keyed.sort((a, b) => {
    const aBad = Number.isNaN(a.at);
    const bBad = Number.isNaN(b.at);
    if (aBad !== bBad) return aBad ? 1 : -1;
    if (!aBad && a.at !== b.at) return a.at - b.at;
    return byText(a.c.createdAt, b.c.createdAt) || byText(a.c.id, b.c.id);
  });
  return keyed.map((k) => k.c);
}

/** What comments may point at: the ids of the snapshot's stages, lanes and cards. */
interface Targets {
  stage: ReadonlySet<string>;
  lane: ReadonlySet<string>;
  card: ReadonlySet<string>;
}

function readCommentList(commentsDoc: Y.Doc, seen: Set<string>, targets?: Targets): Comment[] {
  const read: Comment[] = [];
  try {
    for (const [key, value] of commentsMap(commentsDoc).entries()) {
      if (seen.has(key)) continue;
      try {
        const c = readComment(key, value) as Comment | undefined;
        if (c !== undefined) read.push(c);
      } catch {
        // left out, like any comment that cannot be read
      }
    }
  } catch {
    return [];
  }
  const list = inWritingOrder(read);
  if (list.length > MAX.cards) list.length = MAX.cards;
  for (const c of list) seen.add(c.id);
  return list.map((c) => {
    let out = c;
    // Reply ids come after all comment ids, as the importer counts them.
    const replies = c.replies.filter((r: Reply) => {
      if (seen.has(r.id)) return false;
      seen.add(r.id);
      return true;
    });
    if (replies.length !== c.replies.length) out = { ...out, replies };
    const { kind, id: target } = c.anchor;
    if (targets !== undefined && kind !== "map" && (target === undefined || !targets[kind].has(target))) {
      const { id: _id, ...rest } = c.anchor;
      out = { ...out, anchor: { ...rest, kind: "map" } };
    }
    return out;
  });
}

/** The comments of the comments document, oldest first; comments or replies it cannot show are left out. */
export function readComments(commentsDoc: Y.Doc): Comment[] {
  return readCommentList(commentsDoc, new Set());
}

/** The fallback names each cache's records were last read with. */
const cacheNames = new WeakMap<ReadCache, FallbackNames>();

/**
 * The cache, read with `names`: once the map's language has changed since its last reading, a record read under a
 * fallback name (or named like one) is read again, in the new language, and kept so.
 */
function inLanguage(cache: ReadCache, names: FallbackNames): ReadCache {
  const before = cacheNames.get(cache);
  cacheNames.set(cache, names);
  if (before === undefined || before === names) return cache;
  const shown = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return undefined;
    const record = value as { name?: unknown; title?: unknown };
    return record.title ?? record.name;
  };
  return {
    get: (record) => {
      const entry = cache.get(record);
      return entry !== undefined && ANY_FALLBACK.has(shown(entry.value)) ? undefined : entry;
    },
    set: (record, entry) => cache.set(record, entry),
  };
}

/** A journey id that no record uses. */
function uniqueJourneyId(wanted: string, seen: ReadonlySet<string>): string {
  if (!seen.has(wanted)) return wanted;
  if (!seen.has(FALLBACK_JOURNEY_ID)) return FALLBACK_JOURNEY_ID;
  let n = 2;
  while (seen.has(`${FALLBACK_JOURNEY_ID}-${n}`)) n++;
  return `${FALLBACK_JOURNEY_ID}-${n}`;
}

/**
 * The whole journey; comments come from the comments document when one is given. A cache (./readCache) keeps
 * the records read before that have not changed since, as the same objects.
 */
export function readJourney(doc: Y.Doc, commentsDoc?: Y.Doc, cache?: ReadCache): Journey {
  const seen = new Set<string>();
  const names = namesOf(doc);
  const records = cache === undefined ? undefined : inLanguage(cache, names);
  const stages = readStages(doc, seen, records, names);
  const lanes = readLanes(doc, seen, records, names);
  const cards = readCards(doc, stages, lanes, seen, records, names);
  const connections = readConnections(doc, cards, seen, cache);
  const meta = readMeta(doc);
  const journey: Journey = { ...meta, stages, lanes, cards, connections };
  if (commentsDoc) {
    const targets: Targets = {
      stage: new Set(stages.map((s) => s.id)),
      lane: new Set(lanes.map((l) => l.id)),
      card: new Set(cards.map((c) => c.id)),
    };
    journey.comments = readCommentList(commentsDoc, seen, targets);
  }
  journey.id = uniqueJourneyId(meta.id, seen);
  return journey;
}
