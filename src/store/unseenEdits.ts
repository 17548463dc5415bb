// Text I saved into a card, stage, lane or path that a colleague deleted before my change could have reached them:
// Yjs drops it with the record on every page, so it is kept on mine as a draft typed into a deleted record is
// (./keptTexts.ts). Nothing in the document says what the deleter had seen (a deletion carries no state vector),
// so the page tells by time: my change is unseen while it cannot have been out for longer than a grace period.
import type * as Y from "yjs";
import { SYSTEM, type Card, type Connection, type Journey, type Lane, type Stage } from "../doc";
import {
  keptCardText,
  keptConnectionText,
  keptLaneText,
  keptStageText,
  keptTargetText,
  type KeptField,
  type KeptTextField,
  type NewKeptText,
} from "./keptTexts";

/**
 * How long after my change could reach someone a deletion still counts as made without it. A change made while
 * others are connected goes out at once and reaches them in well under a second; a deletion that arrives later than
 * this was made by someone who had my text in front of them for a while, and raises nothing.
 */
export const UNSEEN_GRACE_MS = 3000;

/**
 * How long a change is remembered after it last went out to someone: a colleague who comes back within this time,
 * having been away when it went out, may bring a deletion made without it.
 */
export const UNSEEN_KEPT_FOR_MS = 60 * 60_000;

export interface UnseenEditsOptions {
  /** The map as the store reads it (updated before this watcher hears of a transaction). */
  journey: () => Journey;
  /** Keeps a text whose record a colleague deleted before they could have seen it. */
  keep: (kept: NewKeptText) => void;
  /**
   * The people connected to the map now (the client ids of their presence): a change made then goes out to them at
   * once. Without them (offline, or alone) a change goes out when someone is next heard from.
   */
  peers?: () => readonly number[];
  now?: () => number;
  graceMs?: number;
}

export interface UnseenEdits {
  /**
   * Someone else was heard from: the peers whose presence arrived (a change from the server names none). What this
   * page changed before reaches now whoever it had not reached yet, who may have deleted something meanwhile.
   */
  heard(peers?: readonly number[]): void;
  dispose(): void;
}

type Kind = "card" | "stage" | "lane" | "connection";

interface Pending {
  kind: Kind;
  id: string;
  field: KeptField;
  text: string;
  /** What puts it back, as the record stands now. */
  kept: NewKeptText;
  /** When my change last reached someone it had not reached before; null while no one could have had it yet. */
  outAt: number | null;
  /** The peers it has reached (they were connected when it went out, or came after). */
  reached: Set<number>;
}

type AnyRecord = Card | Stage | Lane | Connection;

const recordsOf = (journey: Journey, kind: Kind): readonly AnyRecord[] =>
  kind === "card"
    ? journey.cards
    : kind === "stage"
      ? journey.stages
      : kind === "lane"
        ? journey.lanes
        : journey.connections;

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

/** The kept text that puts `text` back in its record as the map holds it now. */
function keptOf(journey: Journey, kind: Kind, record: AnyRecord, field: KeptField, text: string): NewKeptText {
  switch (kind) {
    case "card": {
      const card = record as Card;
      if (field === "measurement.target") return keptTargetText(card, text, card.measurement?.target);
      return keptCardText(card, field as KeptTextField, text);
    }
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
  const records = recordsOf(journey, kind);
  let index = indexes.get(records);
  if (index === undefined) {
    index = new Map(records.map((r) => [r.id, r]));
    indexes.set(records, index);
  }
  return index.get(id);
}

export function watchUnseenEdits(doc: Y.Doc, options: UnseenEditsOptions): UnseenEdits {
  const now = options.now ?? ((): number => Date.now());
  const grace = options.graceMs ?? UNSEEN_GRACE_MS;
  const peers = options.peers ?? (() => []);
  const pending = new Map<string, Pending>();
  let last = options.journey();

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

  /** My change: each text it changed waits here until it has been out long enough for anyone to have seen it. */
  const noteMine = (next: Journey): void => {
    for (const kind of KINDS) {
      const before = recordsOf(last, kind);
      const after = recordsOf(next, kind);
      if (before === after) continue;
      for (const record of after) {
        const old = find(last, kind, record.id);
        // A new record cannot have been deleted by someone who never saw it; an unchanged one holds nothing new.
        if (old === undefined || old === record) continue;
        const was = textsOf(kind, old);
        for (const [field, text] of textsOf(kind, record)) {
          if (was.get(field) === text) continue;
          const here = peers();
          pending.set(`${kind}\u0000${record.id}\u0000${field}`, {
            kind,
            id: record.id,
            field,
            text,
            kept: keptOf(next, kind, record, field, text),
            outAt: here.length > 0 ? now() : null,
            reached: new Set(here),
          });
        }
      }
    }
  };

  /** A change from elsewhere: a deleted record's unseen texts are kept; a text someone else replaced was seen. */
  const noteTheirs = (next: Journey): void => {
    const t = now();
    for (const [key, p] of pending) {
      const record = find(next, p.kind, p.id);
      if (record === undefined) {
        pending.delete(key);
        if (find(last, p.kind, p.id) === undefined) continue;
        if (p.outAt === null || t - p.outAt <= grace) options.keep(p.kept);
        continue;
      }
      if (record === find(last, p.kind, p.id)) continue;
      // Their change to the record: my text stays what it puts back, with the record as it is now.
      if (textsOf(p.kind, record).get(p.field) !== p.text) pending.delete(key);
      else p.kept = keptOf(next, p.kind, record, p.field, p.text);
    }
  };

  const afterTransaction = (transaction: Y.Transaction): void => {
    const next = options.journey();
    if (transaction.local) {
      // A write of the page's own (renumbering stages, say) is nobody's text to keep.
      if (next !== last && transaction.origin !== SYSTEM) noteMine(next);
      // What I deleted myself is no one else's doing.
      for (const [key, p] of pending) if (find(next, p.kind, p.id) === undefined) pending.delete(key);
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
