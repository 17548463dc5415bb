// Versions of a map's main document (not its comments): the journey JSON file of format version 1, as the JSON
// export writes it, kept compressed with its time, kind, name and who saved it. Named ones are kept for good, and
// the newest KEEP_AUTOMATIC automatic ones per map.
import { deflateSync, inflateSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import type * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { serializeJourney } from "../../src/format";
import type { Db } from "./db";

export const VERSION_KINDS = ["created", "auto", "named", "beforeRestore"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** Automatic versions kept per map; older ones are deleted when a new one is saved. */
export const KEEP_AUTOMATIC = 50;
/** A change stored this long after a map's last version saves an automatic one. */
export const AUTO_VERSION_EVERY_MS = 10 * 60 * 1000;

/** The version a before-restore version was saved ahead of. */
export interface RestoredRef {
  id: string;
  createdAt: number;
  name?: string;
}

export interface VersionInfo {
  id: string;
  mapId: string;
  createdAt: number;
  kind: VersionKind;
  name?: string;
  by?: string;
  /** Cards in the version. */
  cards: number;
  /** Bytes of the version's JSON file (as downloaded, not as stored). */
  bytes: number;
  restored?: RestoredRef;
}

export interface NewVersion {
  kind: VersionKind;
  json: string;
  cards: number;
  name?: string | undefined;
  by?: string | undefined;
  restored?: RestoredRef | undefined;
  /** When it was saved (the file's exportedAt); now by default. */
  at?: number;
}

export interface VersionStore {
  /** The clock every version is dated by (injected by tests). */
  now(): number;
  add(mapId: string, version: NewVersion): VersionInfo;
  /** Newest first. */
  list(mapId: string): VersionInfo[];
  get(mapId: string, id: string): VersionInfo | undefined;
  latest(mapId: string): VersionInfo | undefined;
  /** The version's journey file as text. */
  json(mapId: string, id: string): string | undefined;
}

interface Row {
  id: string;
  map_id: string;
  created_at: number;
  kind: string;
  name: string | null;
  saved_by: string | null;
  cards: number;
  bytes: number;
  restored: string | null;
}

const COLUMNS = "id, map_id, created_at, kind, name, saved_by, cards, bytes, restored";

const isKind = (value: string): value is VersionKind => (VERSION_KINDS as readonly string[]).includes(value);

function restoredOf(text: string | null): RestoredRef | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<RestoredRef>;
    if (typeof value.id !== "string" || typeof value.createdAt !== "number") return undefined;
    return {
      id: value.id,
      createdAt: value.createdAt,
      ...(typeof value.name === "string" ? { name: value.name } : {}),
    };
  } catch {
    return undefined;
  }
}

function infoOf(row: Row): VersionInfo {
  const info: VersionInfo = {
    id: row.id,
    mapId: row.map_id,
    createdAt: row.created_at,
    kind: isKind(row.kind) ? row.kind : "auto",
    cards: row.cards,
    bytes: row.bytes,
  };
  if (row.name !== null) info.name = row.name;
  if (row.saved_by !== null) info.by = row.saved_by;
  const restored = restoredOf(row.restored);
  if (restored) info.restored = restored;
  return info;
}

export const newVersionId = (): string => `vr_${randomBytes(9).toString("base64url")}`;

export function versionStore(db: Db, now: () => number = Date.now): VersionStore {
  const insert = db.prepare(
    `INSERT INTO versions (id, map_id, created_at, kind, name, saved_by, cards, bytes, restored, data)
     VALUES (@id, @mapId, @createdAt, @kind, @name, @by, @cards, @bytes, @restored, @data)`,
  );
  const prune = db.prepare(
    `DELETE FROM versions WHERE map_id = ? AND kind = 'auto' AND seq NOT IN
       (SELECT seq FROM versions WHERE map_id = ? AND kind = 'auto' ORDER BY seq DESC LIMIT ${KEEP_AUTOMATIC})`,
  );
  const selectAll = db.prepare<[string], Row>(
    `SELECT ${COLUMNS} FROM versions WHERE map_id = ? ORDER BY created_at DESC, seq DESC`,
  );
  const selectOne = db.prepare<[string, string], Row>(`SELECT ${COLUMNS} FROM versions WHERE map_id = ? AND id = ?`);
  const selectLatest = db.prepare<[string], Row>(
    `SELECT ${COLUMNS} FROM versions WHERE map_id = ? ORDER BY created_at DESC, seq DESC LIMIT 1`,
  );
  const selectData = db.prepare<[string, string], { data: Buffer }>(
    "SELECT data FROM versions WHERE map_id = ? AND id = ?",
  );

  const add = db.transaction((mapId: string, version: NewVersion): VersionInfo => {
    const text = Buffer.from(version.json, "utf8");
    const info: VersionInfo = {
      id: newVersionId(),
      mapId,
      createdAt: version.at ?? now(),
      kind: version.kind,
      cards: version.cards,
      bytes: text.byteLength,
    };
    if (version.name !== undefined) info.name = version.name;
    if (version.by !== undefined) info.by = version.by;
    if (version.restored !== undefined) info.restored = version.restored;
    insert.run({
      id: info.id,
      mapId,
      createdAt: info.createdAt,
      kind: info.kind,
      name: info.name ?? null,
      by: info.by ?? null,
      cards: info.cards,
      bytes: info.bytes,
      restored: info.restored ? JSON.stringify(info.restored) : null,
      data: deflateSync(text),
    });
    if (info.kind === "auto") prune.run(mapId, mapId);
    return info;
  });

  return {
    now,
    add: (mapId, version) => add(mapId, version),
    list: (mapId) => selectAll.all(mapId).map(infoOf),
    get(mapId, id) {
      const row = selectOne.get(mapId, id);
      return row ? infoOf(row) : undefined;
    },
    latest(mapId) {
      const row = selectLatest.get(mapId);
      return row ? infoOf(row) : undefined;
    },
    json(mapId, id) {
      const row = selectData.get(mapId, id);
      return row ? inflateSync(row.data).toString("utf8") : undefined;
    },
  };
}

/** The map document as a version's file, dated `at` (the export's own writing, with its health). */
export function versionFile(doc: Y.Doc, at: number): { json: string; cards: number } {
  const journey = readJourney(doc);
  return { json: serializeJourney(journey, { exportedAt: new Date(at) }), cards: journey.cards.length };
}

/** A JSON value with every object's keys in one order, so two files that say the same read the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, v]) => [key, canonical(v)]));
}

/**
 * Whether two version files say the same. Not their text: a version saved before the export wrote a record's fields
 * in one order (src/format/fieldOrder.ts) has them in the order its document held them.
 */
function sameFile(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  if (a === b) return true;
  try {
    return JSON.stringify(canonical(JSON.parse(a))) === JSON.stringify(canonical(JSON.parse(b)));
  } catch {
    return false;
  }
}

/**
 * Saves the map document as a version. With `unlessSame`, nothing is saved when the map reads as its latest
 * version does (then undefined).
 */
export function saveVersion(
  store: VersionStore,
  mapId: string,
  doc: Y.Doc,
  version: Omit<NewVersion, "json" | "cards">,
  unlessSame = false,
): VersionInfo | undefined {
  if (unlessSame) {
    const latest = store.latest(mapId);
    // Dated as the latest one, the file says the same when the map is the same.
    if (latest && sameFile(versionFile(doc, latest.createdAt).json, store.json(mapId, latest.id))) return undefined;
  }
  const at = store.now();
  return store.add(mapId, { ...version, ...versionFile(doc, at), at });
}
