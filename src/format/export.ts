// Writes a journey snapshot as a format v1 file: cards ordered by cell, `order` the index in the cell.
import { journeyHealth, runChecks, type JourneyHealth } from "../checks";
import type { Card, Comment, Journey } from "../doc";
import { journeyInFieldOrder } from "./fieldOrder";
import { FORBIDDEN_KEYS } from "./sanitize";
import { FORMAT, FORMAT_VERSION, type JourneyFile } from "./types";

export type ExportOptions = { exportedAt?: Date; extra?: Record<string, unknown> };

/** Cards sorted by stage, lane and their order in the cell; cards of unknown cells keep their place at the end. */
function orderedCards(journey: Journey): Card[] {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const keyed = journey.cards.map((card, i) => ({
    card,
    i,
    stage: stageIndex.get(card.stageId) ?? Number.MAX_SAFE_INTEGER,
    lane: laneIndex.get(card.laneId) ?? Number.MAX_SAFE_INTEGER,
  }));
  keyed.sort(
    (a, b) => a.stage - b.stage || a.lane - b.lane || (a.card.order ?? a.i) - (b.card.order ?? b.i) || a.i - b.i,
  );
  const next = new Map<string, number>();
  return keyed.map(({ card }) => {
    const cell = `${card.stageId}\u0000${card.laneId}`;
    const order = next.get(cell) ?? 0;
    next.set(cell, order + 1);
    return { ...card, order };
  });
}

/**
 * A thread whose stage, lane or card was deleted is kept on the map (with the quote it already
 * carries), so the file still reads back and nobody's comment is lost.
 */
function anchoredComments(journey: Journey, comments: readonly Comment[]): Comment[] {
  const exists = {
    stage: new Set(journey.stages.map((s) => s.id)),
    lane: new Set(journey.lanes.map((l) => l.id)),
    card: new Set(journey.cards.map((c) => c.id)),
  };
  return comments.map((c) => {
    const { kind, id } = c.anchor;
    if (kind === "map" || (id !== undefined && exists[kind].has(id))) return c;
    const { id: _id, ...rest } = c.anchor;
    return { ...c, anchor: { ...rest, kind: "map" } };
  });
}

export function toJourneyFile(journey: Journey, options: ExportOptions = {}): JourneyFile {
  const { comments, ...rest } = journey;
  // A connection from a card to itself goes nowhere, and the same path twice is one path: a file holding either
  // does not read back. A map written before the importer refused them may still hold one; the first path stays.
  const paths = new Set<string>();
  const connections = journey.connections.filter((c) => {
    const ends = `${c.from}\u0000${c.to}`;
    if (c.from === c.to || paths.has(ends)) return false;
    paths.add(ends);
    return true;
  });
  const out: Journey = { ...rest, cards: orderedCards(journey), connections };
  if (comments !== undefined) out.comments = anchoredComments(journey, comments);
  const file: JourneyFile = { format: FORMAT, version: FORMAT_VERSION, journey: journeyInFieldOrder(out) };
  if (options.exportedAt) file.exportedAt = options.exportedAt.toISOString();
  for (const [key, value] of Object.entries(options.extra ?? {})) {
    if (!FORBIDDEN_KEYS.has(key) && !Object.prototype.hasOwnProperty.call(file, key)) file[key] = value;
  }
  // Keep the header first and the journey last, as people read the file top down.
  const { journey: body, ...header } = file;
  return { ...header, journey: body } as JourneyFile;
}

/** The header and the body of a file: written by the exporter, never taken over from a file read. */
const OWN_FIELDS: ReadonlySet<string> = new Set(["format", "version", "exportedAt", "journey"]);

/** Top-level fields the exporter derives from the journey each time (see fileHealth): a copy would be stale. */
export const DERIVED_FIELDS: ReadonlySet<string> = new Set(["health"]);

/**
 * The unknown top-level fields of a file that was read (an `x-vendor` block, say), to be written again on
 * export, so a round trip keeps them: never the header or the journey, a derived field, or a key that reaches
 * for the prototype.
 */
export function fileExtras(file: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const extras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file)) {
    if (!OWN_FIELDS.has(key) && !DERIVED_FIELDS.has(key) && !FORBIDDEN_KEYS.has(key)) extras[key] = value;
  }
  return extras;
}

/**
 * The journey-health summary an exported file carries as its top-level `health` field (the same numbers as
 * the editor header and the PDF title page). It is derived from the journey, so reading a file ignores it.
 */
export function fileHealth(journey: Journey): JourneyHealth {
  return journeyHealth(journey, runChecks(journey));
}

/** The export file as text; it carries the journey's health unless `extra.health` says otherwise. */
export function serializeJourney(journey: Journey, options: ExportOptions = {}): string {
  const extra = { health: fileHealth(journey), ...options.extra };
  return `${JSON.stringify(toJourneyFile(journey, { ...options, extra }), null, 2)}\n`;
}

const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };

/** A file name that survives every file system and mail client: ASCII letters, digits and dashes. */
export function journeyFileName(journey: Pick<Journey, "title">, ext: string): string {
  const base = journey.title
    .replace(/[äöüÄÖÜß]/g, (ch) => TRANSLITERATION[ch] ?? "-")
    // Other accented letters lose their accent (é -> e) rather than the whole letter.
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${base || "journey"}.${ext.replace(/^\./, "")}`;
}
