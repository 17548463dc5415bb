// Text or observed values I saved into a card, stage, lane or path that a colleague deleted before my change could
// have reached them: Yjs drops it with the record on every page, so it is kept on mine as a draft typed into a
// deleted record is (./keptTexts.ts); so are a card's channel, emotion and marks (the card goes back whole). A
// deletion carries no state vector, so the deleting page notes with it what it had seen of the records it deleted
// (src/doc/ops/deletionSeen.ts): my change went unseen exactly when the note says the deleter lacked it. A deletion
// that comes without a note (from a page that writes none) is told by time: my change is unseen while it cannot have
// been out for longer than a grace period. A text or observed value of mine
// that a colleague's value for the same field, set without having mine, replaced (Yjs keeps one of two values set at
// once) is kept too, and so is a channel, emotion or mark of mine that their choice won over that way; there the
// document tells: a new value records the one it replaced on its writer's page.
import * as Y from "yjs";
import { SYSTEM, type Card, type Connection, type Journey, type Lane, type Observation, type Stage } from "../doc";
import { collection, getRecord, type CollectionName } from "../doc/schema";
import { DELETIONS_SEEN_KEPT_FOR_MS, hadChange, itemKey, readDeletionsSeen } from "../doc/ops/deletionSeen";
import {
  keptSavedCardText,
  keptConnectionText,
  keptLaneText,
  keptStageText,
  recordsOfKind,
  type CardChoices,
  type KeptCardField,
  type KeptChoiceField,
  type KeptField,
  type KeptKind,
  type NewKeptText,
} from "./keptTexts";

/**
 * For a deletion that comes without a note of what its page had seen (a page that writes none; one that does tells
 * exactly, however soon or late it arrives): how long after my change could reach someone it still counts as made
 * without it. A change made while
 * others are connected goes out at once and reaches them in well under a second; a deletion that arrives later than
 * this was made by someone who had my text in front of them for a while, and raises nothing.
 */
export const UNSEEN_GRACE_MS = 3000;

/**
 * How long a change is remembered after it last went out to someone: a colleague who comes back within this time,
 * having been away when it went out, may bring a deletion made without it.
 */
export const UNSEEN_KEPT_FOR_MS = DELETIONS_SEEN_KEPT_FOR_MS;

export interface UnseenEditsOptions {
  /** The map as the store reads it (updated before this watcher hears of a transaction). */
  journey: () => Journey;
  /**
   * Keeps a text whose record a colleague deleted before they could have seen it, or (with `lostTo`) one a
   * colleague's value for the same field, set without having mine, replaced.
   */
  keep: (kept: NewKeptText) => void;
  /**
   * The people connected to the map now (the client ids of their presence): a change made then goes out to them at
   * once. Without them (offline, or alone) a change goes out when someone is next heard from.
   */
  peers?: () => readonly number[];
  now?: () => number;
  graceMs?: number;
  /** An observed value as the notice shows it to copy (in the interface's language); ISO date and number if not given. */
  observationText?: (o: Observation) => string;
  /** A card's choices as the notice shows them (in the interface's language); their codes if not given. */
  choicesText?: (c: CardChoices) => string;
  /** One choice of a card as the notice shows it (the interface's word for the value); its code if not given. */
  choiceText?: (c: CardChoices) => string;
}

export interface UnseenEdits {
  /**
   * Someone else was heard from: the peers whose presence arrived (a change from the server names none). What this
   * page changed before reaches now whoever it had not reached yet, who may have deleted something meanwhile.
   */
  heard(peers?: readonly number[]): void;
  dispose(): void;
}

type Kind = KeptKind;

interface Pending {
  kind: Kind;
  id: string;
  field: KeptField;
  /** The text saved; for `measurement.observation`, empty (the values are in `observations`). */
  text: string;
  /** The observed values one change of mine added to a card's measurement point. */
  observations?: Observation[];
  /** The choices my changes made on a card (field `card.choices`), while the card holds them. */
  choices?: CardChoices;
  /** One choice my change made (its field is the choice's), to keep when a colleague's at the same moment won. */
  choice?: CardChoices;
  /**
   * The Yjs item my change wrote into the field (its id), and the one it replaced on my page (its left origin): to
   * tell a value written over mine from one set at the same moment.
   */
  item?: { client: number; clock: number; replaced: Y.ID | null };
  /**
   * My change as the document counts it: my page (its Yjs client id) and the highest clock it had written when I made
   * it. A deleter whose note says it had that clock of mine had my change.
   */
  mine: { client: number; clock: number };
  /** When my change last reached someone it had not reached before; null while no one could have had it yet. */
  outAt: number | null;
  /** The peers it has reached (they were connected when it went out, or came after). */
  reached: Set<number>;
}

type AnyRecord = Card | Stage | Lane | Connection;

const KINDS: readonly Kind[] = ["card", "stage", "lane", "connection"];

const MEASUREMENT_TEXTS = ["label", "question", "scale", "source", "owner", "frequency"] as const;

/** The texts a person writes into a record, by field (a target as its number reads). */
function textsOf(kind: Kind, record: AnyRecord): Map<KeptField, string> {
  const texts = new Map<KeptField, string>();
  const put = (field: KeptField, value: unknown): void => {
    if (typeof value === "string" && value.trim() !== "") texts.set(field, value);
    else if (typeof value === "number" && Number.isFinite(value)) texts.set(field, String(value));
  };
  if (kind === "card") {
    const card = record as Card;
    put("title", card.title);
    put("description", card.description);
    put("owner", card.owner);
    put("momentOfTruth.reason", card.momentOfTruth?.reason);
    put("signatureInteraction.reason", card.signatureInteraction?.reason);
    for (const key of MEASUREMENT_TEXTS) put(`measurement.${key}`, card.measurement?.[key]);
    put("measurement.target", card.measurement?.target);
  } else if (kind === "stage") {
    put("stage.name", (record as Stage).name);
    put("stage.customerGoal", (record as Stage).customerGoal);
  } else if (kind === "lane") {
    put("lane.name", (record as Lane).name);
  } else {
    put("connection.label", (record as Connection).label);
  }
  return texts;
}

const observationsOf = (card: Card): readonly Observation[] => card.measurement?.observations ?? [];
const observationKey = (o: Observation): string => JSON.stringify([o.date, o.value, o.n ?? null]);

/** The values of `a` that `b` lacks, each as often as `a` has it more often. */
function missingFrom(a: readonly Observation[], b: readonly Observation[]): Observation[] {
  const left = new Map<string, number>();
  for (const o of b) left.set(observationKey(o), (left.get(observationKey(o)) ?? 0) + 1);
  return a.filter((o) => {
    const n = left.get(observationKey(o)) ?? 0;
    if (n > 0) left.set(observationKey(o), n - 1);
    return n === 0;
  });
}

/** The choices `now` made that `old` had not: a channel or emotion picked, a mark set (not one taken off). */
function choicesMade(old: Card, now: Card): CardChoices | null {
  const made: CardChoices = {};
  if (now.channel !== undefined && now.channel !== old.channel) made.channel = now.channel;
  if (now.emotion !== undefined && now.emotion !== old.emotion) made.emotion = now.emotion;
  if (now.momentOfTruth !== undefined && old.momentOfTruth === undefined) made.momentOfTruth = true;
  if (now.signatureInteraction !== undefined && old.signatureInteraction === undefined)
    made.signatureInteraction = true;
  return Object.keys(made).length > 0 ? made : null;
}

const MEASUREMENT_CHOICES = ["metric", "direction", "kind"] as const;

/** The drop-downs of a card's measurement point that `now` set to a value `old` had not (not one cleared). */
function measurementChoicesMade(old: Card, now: Card): CardChoices {
  const made: CardChoices = {};
  for (const key of MEASUREMENT_CHOICES) {
    const value = now.measurement?.[key];
    if (value !== undefined && value !== old.measurement?.[key]) Object.assign(made, { [key]: value });
  }
  return made;
}

/** The choices of `made` that the card still holds. */
function choicesHeld(made: CardChoices, card: Card): CardChoices {
  const held: CardChoices = {};
  if (made.channel !== undefined && card.channel === made.channel) held.channel = made.channel;
  if (made.emotion !== undefined && card.emotion === made.emotion) held.emotion = made.emotion;
  if (made.momentOfTruth && card.momentOfTruth !== undefined) held.momentOfTruth = true;
  if (made.signatureInteraction && card.signatureInteraction !== undefined) held.signatureInteraction = true;
  for (const key of MEASUREMENT_CHOICES)
    if (made[key] !== undefined && card.measurement?.[key] === made[key]) Object.assign(held, { [key]: made[key] });
  return held;
}

const codeChoices = (c: CardChoices): string =>
  Object.entries(c)
    .map(([key, value]) => (value === true ? key : `${key}: ${String(value)}`))
    .join("\n");

const codeChoice = (c: CardChoices): string =>
  Object.values(c)
    .map((value) => String(value))
    .join("\n");

const isoObservation = (o: Observation): string => `${o.date}: ${o.value}${o.n === undefined ? "" : ` (n = ${o.n})`}`;

/** The kept text that puts `text` back in its record as `journey` holds it (a card whole, as this page had it). */
function keptOf(journey: Journey, kind: Kind, record: AnyRecord, field: KeptField, text: string): NewKeptText {
  switch (kind) {
    case "card":
      return keptSavedCardText(record as Card, field as KeptCardField, text);
    case "stage":
      return keptStageText(
        record as Stage,
        journey.stages.indexOf(record as Stage),
        field as "stage.name" | "stage.customerGoal",
        text,
      );
    case "lane":
      return keptLaneText(record as Lane, journey.lanes.indexOf(record as Lane), text);
    case "connection":
      return keptConnectionText(record as Connection, text);
  }
}

/** Each list of records by id, made once per list (an unchanged list is the same array in the next snapshot). */
const indexes = new WeakMap<readonly AnyRecord[], Map<string, AnyRecord>>();

function find(journey: Journey, kind: Kind, id: string): AnyRecord | undefined {
  const records = recordsOfKind(journey, kind);
  let index = indexes.get(records);
  if (index === undefined) {
    index = new Map(records.map((r) => [r.id, r]));
    indexes.set(records, index);
  }
  return index.get(id);
}

const COLLECTIONS: Record<Kind, CollectionName> = {
  card: "cards",
  stage: "stages",
  lane: "lanes",
  connection: "connections",
};

/** The Yjs item that holds a record's field now (a measurement's fields are one value of the card). */
function itemOf(doc: Y.Doc, kind: Kind, id: string, field: KeptField): Y.Item | undefined {
  const parts = field.split(".");
  const key = kind === "card" ? parts[0] : parts[1];
  return key === undefined ? undefined : getRecord(doc, COLLECTIONS[kind], id)?._map.get(key);
}

/**
 * The page (Yjs client id) whose value a record's field holds now, after a change from elsewhere: who won over mine.
 * A field someone cleared holds no value, and says nothing of who cleared it.
 */
function writerOf(doc: Y.Doc, kind: Kind, id: string, field: KeptField): number | null {
  const item = itemOf(doc, kind, id, field);
  return item === undefined || item.deleted ? null : item.id.client;
}

/** How far back through a field's earlier values a replacing value is followed (each step is one lookup). */
const MAX_STEPS = 10_000;

/**
 * Whether the value that replaced mine was written over mine, directly or over values written over it: its writer
 * had my change, and replaced it on purpose, however soon. A value whose line of earlier values passes the one mine
 * replaced without reaching mine was set at the same moment as mine. A field cleared held mine when it was cleared.
 * (A new value of a field records the value it replaced on its writer's page: its left origin.)
 */
function writtenOverMine(doc: Y.Doc, p: Pending): boolean {
  const item = itemOf(doc, p.kind, p.id, p.field);
  if (item === undefined || item.deleted) return true;
  const mine = p.item;
  if (mine === undefined) return false;
  let over = item.origin;
  for (let step = 0; over !== null && step < MAX_STEPS; step += 1) {
    // A later value of mine was written after this one: who had it had this one too.
    if (over.client === mine.client && over.clock >= mine.clock) return true;
    if (mine.replaced !== null && over.client === mine.replaced.client && over.clock === mine.replaced.clock) {
      return false;
    }
    let earlier: unknown;
    try {
      earlier = Y.getItem(doc.store, over);
    } catch {
      return false;
    }
    over = earlier instanceof Y.Item ? earlier.origin : null;
  }
  return false;
}

export function watchUnseenEdits(doc: Y.Doc, options: UnseenEditsOptions): UnseenEdits {
  const now = options.now ?? ((): number => Date.now());
  const grace = options.graceMs ?? UNSEEN_GRACE_MS;
  const peers = options.peers ?? (() => []);
  const observationText = options.observationText ?? isoObservation;
  const choicesText = options.choicesText ?? codeChoices;
  const choiceText = options.choiceText ?? codeChoice;
  const pending = new Map<string, Pending>();
  let last = options.journey();
  /** Tells the keys of observed values added apart (each change that adds some has its own). */
  let added = 0;

  const heard = (from: readonly number[] = []): void => {
    const t = now();
    for (const p of pending.values()) {
      if (p.outAt === null) p.outAt = t;
      for (const peer of from) {
        if (p.reached.has(peer)) continue;
        p.reached.add(peer);
        p.outAt = t;
      }
    }
  };

  const wait = (key: string, change: Omit<Pending, "outAt" | "reached" | "item" | "mine">): void => {
    const here = peers();
    const item = itemOf(doc, change.kind, change.id, change.field);
    const written =
      item === undefined ? {} : { item: { client: item.id.client, clock: item.id.clock, replaced: item.origin } };
    const mine = { client: doc.clientID, clock: Y.getState(doc.store, doc.clientID) - 1 };
    pending.set(key, { ...change, outAt: here.length > 0 ? now() : null, reached: new Set(here), mine, ...written });
  };

  /** My change: each text it changed waits here until it has been out long enough for anyone to have seen it. */
  const noteMine = (next: Journey): void => {
    for (const kind of KINDS) {
      const before = recordsOfKind(last, kind);
      const after = recordsOfKind(next, kind);
      if (before === after) continue;
      for (const record of after) {
        const old = find(last, kind, record.id);
        // A new record cannot have been deleted by someone who never saw it; an unchanged one holds nothing new.
        if (old === undefined || old === record) continue;
        const was = textsOf(kind, old);
        for (const [field, text] of textsOf(kind, record)) {
          if (was.get(field) !== text)
            wait(`${kind}\u0000${record.id}\u0000${field}`, { kind, id: record.id, field, text });
        }
        if (kind !== "card") continue;
        const chosen = choicesMade(old as Card, record as Card);
        if (chosen !== null) {
          const key = `card\u0000${record.id}\u0000card.choices`;
          const choices = { ...pending.get(key)?.choices, ...chosen };
          wait(key, { kind, id: record.id, field: "card.choices", text: "", choices });
          // Each choice waits on its own too, in its own field of the card: a colleague's may win over it.
          for (const [key, value] of Object.entries(chosen)) {
            const field = key as KeptChoiceField;
            const choice = { [key]: value } as CardChoices;
            wait(`card\u0000${record.id}\u0000${field}`, { kind, id: record.id, field, text: "", choice });
          }
        }
        for (const [key, value] of Object.entries(measurementChoicesMade(old as Card, record as Card))) {
          const field = `measurement.${key}` as KeptChoiceField;
          const choice = { [key]: value } as CardChoices;
          wait(`card\u0000${record.id}\u0000${field}`, { kind, id: record.id, field, text: "", choice });
        }
        const values = missingFrom(observationsOf(record as Card), observationsOf(old as Card));
        if (values.length === 0) continue;
        added += 1;
        const key = `card\u0000${record.id}\u0000measurement.observation\u0000${added}`;
        wait(key, { kind, id: record.id, field: "measurement.observation", text: "", observations: values });
      }
    }
  };

  /** What of mine a record still holds: a text as I saved it, observed values I added (those still there). */
  const stillHeld = (p: Pending, record: AnyRecord): boolean => {
    if (p.choice !== undefined) return Object.keys(choicesHeld(p.choice, record as Card)).length > 0;
    if (p.choices !== undefined) {
      p.choices = choicesHeld(p.choices, record as Card);
      return Object.keys(p.choices).length > 0;
    }
    if (p.observations === undefined) return textsOf(p.kind, record).get(p.field) === p.text;
    p.observations = p.observations.filter((o) => missingFrom([o], observationsOf(record as Card)).length === 0);
    return p.observations.length > 0;
  };

  /**
   * A change from elsewhere. A deleted record's unseen texts and values are kept; a text or value someone else
   * replaced or removed at the same moment is kept too, naming them; one they had for longer they had seen.
   */
  const noteTheirs = (next: Journey): void => {
    const t = now();
    /** Observed values kept, one notice a card for all of them: deleted with the card, or lost on it. */
    const values = new Map<string, { p: Pending; observations: Observation[]; lost: boolean }>();
    const keepValues = (p: Pending, observations: readonly Observation[], lost: boolean): void => {
      const key = `${p.id}\u0000${lost}`;
      const gathered = values.get(key) ?? { p, observations: [], lost };
      gathered.observations.push(...observations);
      values.set(key, gathered);
    };
    /** Cards deleted with choices of mine, and those going back with a text or values (which take the choices). */
    const choices = new Map<string, Pending>();
    const kept = new Set<string>();
    /** What the pages that deleted records noted they had seen of them (read once, when a record of mine went). */
    let notes: ReturnType<typeof readDeletionsSeen> | undefined;
    /**
     * Whether the deletion of the record that held my change was made without it, as its page noted; undefined when
     * no page noted it (one that writes no notes deleted it).
     */
    const deletedWithout = (p: Pending): boolean | undefined => {
      const item = collection(doc, COLLECTIONS[p.kind])._map.get(p.id);
      if (item === undefined || !item.deleted) return undefined;
      notes ??= readDeletionsSeen(doc);
      const seen = notes.get(itemKey(item.id));
      if (seen === undefined) return undefined;
      // Two pages that deleted it at the same moment: unseen if either lacked it.
      return seen.some((s) => !hadChange(s, p.mine.client, p.mine.clock));
    };
    for (const [key, p] of pending) {
      const record = find(next, p.kind, p.id);
      if (record === undefined) {
        pending.delete(key);
        const had = find(last, p.kind, p.id);
        // A choice alone is kept with all the others (`card.choices`): the card goes back whole.
        if (had === undefined || p.choice !== undefined) continue;
        const unseen = deletedWithout(p) ?? (p.outAt === null || t - p.outAt <= grace);
        if (!unseen) continue;
        if (p.choices !== undefined) choices.set(p.id, p);
        else if (p.observations === undefined) options.keep(keptOf(last, p.kind, had, p.field, p.text));
        else keepValues(p, p.observations, false);
        if (p.choices === undefined) kept.add(p.id);
        continue;
      }
      if (record === find(last, p.kind, p.id)) continue;
      const mine = p.observations;
      if (stillHeld(p, record)) continue;
      // A choice someone changed after me is theirs to make: nothing is kept (the card is still there).
      if (p.choices !== undefined) {
        pending.delete(key);
        continue;
      }
      // Here the document tells what its writer had; no need to guess by time.
      const atOnce = !writtenOverMine(doc, p);
      if (mine === undefined) {
        pending.delete(key);
        if (!atOnce) continue;
        const clientId = writerOf(doc, p.kind, p.id, p.field);
        if (p.choice !== undefined) {
          const lost = keptSavedCardText(record as Card, p.field as KeptCardField, choiceText(p.choice));
          options.keep({ ...lost, choice: p.choice, lostTo: { clientId } });
          continue;
        }
        options.keep({ ...keptOf(next, p.kind, record, p.field, p.text), lostTo: { clientId } });
        continue;
      }
      const gone = missingFrom(mine, p.observations ?? []);
      if (p.observations === undefined || p.observations.length === 0) pending.delete(key);
      if (atOnce) keepValues(p, gone, true);
    }
    for (const { p, observations, lost } of values.values()) {
      const text = observations.map(observationText).join("\n");
      if (!lost) {
        const had = find(last, "card", p.id) as Card;
        options.keep(keptSavedCardText(had, "measurement.observation", text, observations));
        continue;
      }
      const card = find(next, "card", p.id) as Card;
      const clientId = writerOf(doc, "card", p.id, "measurement.observation");
      options.keep({ ...keptSavedCardText(card, "measurement.observation", text, observations), lostTo: { clientId } });
    }
    // Choices alone keep a card deleted unseen (it goes back whole); with a text or values they went back already.
    for (const p of choices.values()) {
      if (kept.has(p.id) || p.choices === undefined) continue;
      options.keep(keptSavedCardText(find(last, "card", p.id) as Card, "card.choices", choicesText(p.choices)));
    }
  };

  const afterTransaction = (transaction: Y.Transaction): void => {
    const next = options.journey();
    if (transaction.local) {
      // A write of the page's own (renumbering stages, say) is nobody's text to keep.
      if (next !== last && transaction.origin !== SYSTEM) noteMine(next);
      // What I deleted, changed again or removed myself is no one else's doing.
      for (const [key, p] of pending) {
        const record = find(next, p.kind, p.id);
        if (record === undefined || (record !== find(last, p.kind, p.id) && !stillHeld(p, record))) pending.delete(key);
      }
    } else {
      if (next !== last && pending.size > 0) noteTheirs(next);
      heard();
    }
    last = next;
    const t = now();
    for (const [key, p] of pending) if (p.outAt !== null && t - p.outAt > UNSEEN_KEPT_FOR_MS) pending.delete(key);
  };
  doc.on("afterTransaction", afterTransaction);
  return {
    heard,
    dispose() {
      doc.off("afterTransaction", afterTransaction);
      pending.clear();
    },
  };
}
