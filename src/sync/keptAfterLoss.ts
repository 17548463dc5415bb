// Text an editor's page could not save because it had lost its access (its link replaced, the map replaced or gone):
// kept in this browser's localStorage (`outside-in.kept:<mapId>`), never in the document and never sent, so that the
// next page of the map (opened with a new link) or the start page offers it to copy or put back, until dismissed.
import { z } from "zod";
import { LANE_KINDS } from "../doc";
import type { NewKeptText } from "../store/keptTexts";

const PREFIX = "outside-in.kept:";
const keyOf = (mapId: string): string => `${PREFIX}${mapId}`;
/** One field's text past this is not kept whole: no field of the map takes more (a description takes 5,000). */
export const MAX_TEXT = 20_000;
/** Per map: the newest texts, one per field of a record, within these bounds (the oldest go first). */
export const MAX_TEXTS = 50;
export const MAX_MAP_CHARS = 100_000;
/** Maps with kept texts; a further one pushes out the map whose texts are the oldest. */
export const MAX_MAPS = 20;
/** This tab's pages that show kept texts (another tab's writes arrive as storage events). */
const listeners = new Set<() => void>();

/** The map's own text fields (the journey tab), which no kept-text notice of a record covers. */
export const JOURNEY_TEXT_FIELDS = [
  "title",
  "scenario",
  "owner",
  "persona.name",
  "persona.segment",
  "persona.goals",
  "persona.expectations",
] as const;
export type JourneyTextField = (typeof JOURNEY_TEXT_FIELDS)[number];

/**
 * What was kept: a record's field, as the kept-text notices take it (`kept`), or one of the map's own fields
 * (`journey`; the persona's goals and expectations one per line).
 */
export type KeptAfterLoss = { kept: NewKeptText } | { journey: { field: JourneyTextField; text: string } };

/** A kept text with the map's title then and when it was kept. */
export type TextKeptAfterLoss = KeptAfterLoss & {
  mapTitle: string;
  /** The name the record had then (a card's title, a stage's name; empty for a path or the map), to say which. */
  recordName: string;
  /** When it was kept (ms since 1970). */
  at: number;
};

/** The text kept. */
export const textOf = (what: KeptAfterLoss): string => ("kept" in what ? what.kept.text : what.journey.text);

/** Names the field of the record a text was typed into: one text is kept for each. */
export const fieldKeyOf = (what: KeptAfterLoss): string =>
  "kept" in what ? `${what.kept.targetId}\u0000${what.kept.field}` : `\u0000journey\u0000${what.journey.field}`;

const putBackSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("card"),
    card: z.looseObject({ stageId: z.string(), laneId: z.string(), title: z.string() }),
  }),
  z.object({
    kind: z.literal("stage"),
    stage: z.object({ name: z.string(), customerGoal: z.string().optional(), index: z.number().optional() }),
  }),
  z.object({
    kind: z.literal("lane"),
    lane: z.object({ name: z.string(), kind: z.enum(LANE_KINDS), index: z.number().optional() }),
  }),
  z.object({
    kind: z.literal("connection"),
    connection: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  }),
]);

const names = { mapTitle: z.string().max(1000), recordName: z.string().max(1000), at: z.number() };
const entrySchema = z.union([
  z.object({
    kept: z.looseObject({
      targetId: z.string().max(200),
      field: z.string().max(100),
      text: z.string().max(MAX_TEXT),
      putBack: putBackSchema,
    }),
    ...names,
  }),
  z.object({
    journey: z.object({ field: z.enum(JOURNEY_TEXT_FIELDS), text: z.string().max(MAX_TEXT) }),
    ...names,
  }),
]);

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The texts kept for a map, oldest first; what cannot be read (another version wrote it, a hand edit) is left out. */
export function readKeptAfterLoss(mapId: string): TextKeptAfterLoss[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage()?.getItem(keyOf(mapId)) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((e) => {
    const read = entrySchema.safeParse(e);
    // The kinds the notices know are checked by their own labels; a stranger field is left out here.
    return read.success ? [read.data as TextKeptAfterLoss] : [];
  });
}

const sameField = (a: KeptAfterLoss, b: KeptAfterLoss): boolean => fieldKeyOf(a) === fieldKeyOf(b);

function write(mapId: string, texts: readonly TextKeptAfterLoss[]): void {
  const store = storage();
  if (!store) return;
  if (texts.length === 0) {
    store.removeItem(keyOf(mapId));
    for (const cb of [...listeners]) cb();
    return;
  }
  // The oldest go first past the bounds; the newest text alone always fits (it is at most MAX_TEXT).
  let kept = texts.slice(-MAX_TEXTS);
  let json = JSON.stringify(kept);
  while (json.length > MAX_MAP_CHARS && kept.length > 1) {
    kept = kept.slice(1);
    json = JSON.stringify(kept);
  }
  store.setItem(keyOf(mapId), json);
  for (const cb of [...listeners]) cb();
}

/** The maps with texts kept, by id, each with its newest text's time. */
function mapsWithTexts(): { mapId: string; at: number }[] {
  const store = storage();
  if (!store) return [];
  const ids: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
  }
  return ids.map((mapId) => ({ mapId, at: Math.max(0, ...readKeptAfterLoss(mapId).map((t) => t.at)) }));
}

/**
 * Keeps a text for the map, in place of an earlier one of the same field of the same record; an empty one is not
 * kept. A full storage keeps nothing more (the text stays in its field on the page).
 */
export function keepAfterLoss(
  mapId: string,
  what: KeptAfterLoss,
  names: { mapTitle: string; recordName: string },
  at = Date.now(),
): void {
  const typed = textOf(what);
  if (typed.trim() === "") return;
  const text = typed.length > MAX_TEXT ? typed.slice(0, MAX_TEXT) : typed;
  const cut: KeptAfterLoss = "kept" in what ? { kept: { ...what.kept, text } } : { journey: { ...what.journey, text } };
  try {
    const others = readKeptAfterLoss(mapId).filter((t) => !sameField(t, what));
    if (others.length === 0) {
      const maps = mapsWithTexts().filter((m) => m.mapId !== mapId);
      maps.sort((a, b) => a.at - b.at);
      for (const old of maps.slice(0, Math.max(0, maps.length - MAX_MAPS + 1))) dropKeptAfterLoss(old.mapId);
    }
    write(mapId, [...others, { ...cut, ...names, at }]);
  } catch {
    // No room: the text stays in its field on this page, to copy.
  }
}

/** Forgets one kept text (put back, or dismissed). */
export function dropKeptAfterLoss(mapId: string, what?: KeptAfterLoss): void {
  try {
    write(mapId, what === undefined ? [] : readKeptAfterLoss(mapId).filter((t) => !sameField(t, what)));
  } catch {
    // Shown again on the next visit, to dismiss again.
  }
}

/** Every map with kept texts, its newest first: the start page offers them. */
export function allKeptAfterLoss(): { mapId: string; texts: TextKeptAfterLoss[] }[] {
  return mapsWithTexts()
    .sort((a, b) => b.at - a.at)
    .map(({ mapId }) => ({ mapId, texts: readKeptAfterLoss(mapId) }))
    .filter((m) => m.texts.length > 0);
}

/** Tells a page that the texts kept for a map changed (here or in another tab). */
export function onKeptAfterLoss(cb: () => void): () => void {
  const onStorage = (e: StorageEvent): void => {
    if (e.key === null || e.key.startsWith(PREFIX)) cb();
  };
  listeners.add(cb);
  if (typeof window !== "undefined") window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(cb);
    if (typeof window !== "undefined") window.removeEventListener("storage", onStorage);
  };
}
