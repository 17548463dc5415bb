// Named, ordered migrations of the document; run on load by the client and the server.
import type * as Y from "yjs";
import { SCHEMA_VERSION, SYSTEM, collection, metaMap, rankOf, recordsOf, type CollectionName } from "./schema";
import { ranksBetween } from "./rank";

export interface Migration {
  name: string;
  /** The schema version the document has after this migration. */
  to: number;
  run(doc: Y.Doc): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Documents written before ranks existed ordered records by a numeric `order` field.
    name: "give-every-record-a-rank",
    to: 1,
    run(doc) {
      for (const name of ["stages", "lanes", "cards", "connections"] as CollectionName[]) {
        const coll = collection(doc, name);
        const missing = recordsOf(coll).filter((r) => rankOf(r) === "");
        if (missing.length === 0) continue;
        missing.sort((a, b) => Number(a.get("order") ?? 0) - Number(b.get("order") ?? 0));
        const last = recordsOf(coll).map(rankOf).filter(Boolean).sort().at(-1);
        const ranks = ranksBetween(last, undefined, missing.length);
        missing.forEach((r, i) => {
          r.set("rank", ranks[i]);
          r.delete("order");
        });
      }
    },
  },
];

export function schemaVersionOf(doc: Y.Doc): number {
  const v = metaMap(doc).get("schemaVersion");
  return typeof v === "number" ? v : 0;
}

const newerSentence = (found: number, supported: number): string =>
  `This map was written by a newer version of Outside-In (schema ${found}); this one reads up to ${supported}.`;

/**
 * A document from a newer schema than this code reads: a code and its values for an interface to word in its
 * language, and as its message the English sentence the CLI and the server show.
 */
export class NewerSchemaError extends Error {
  override name = "NewerSchemaError";
  readonly code = "newerSchema";

  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(newerSentence(found, supported));
  }
}

/** The values of a NewerSchemaError that went on as its message only (the map session passes sentences on). */
export function newerSchemaOf(message: string): { found: number; supported: number } | null {
  const match =
    /^This map was written by a newer version of Outside-In \(schema (\d+)\); this one reads up to (\d+)\./.exec(
      message,
    );
  if (!match) return null;
  const found = Number(match[1]);
  const supported = Number(match[2]);
  return newerSentence(found, supported) === message ? { found, supported } : null;
}

/** Brings the document to the current schema version; a document from a newer version is refused. */
export function migrate(doc: Y.Doc): string[] {
  const from = schemaVersionOf(doc);
  if (from > SCHEMA_VERSION) {
    throw new NewerSchemaError(from, SCHEMA_VERSION);
  }
  const ran: string[] = [];
  const pending = MIGRATIONS.filter((m) => m.to > from);
  const isEmpty = metaMap(doc).size === 0;
  if (pending.length === 0 || isEmpty) return ran;
  doc.transact(() => {
    for (const m of pending) {
      m.run(doc);
      ran.push(m.name);
    }
    metaMap(doc).set("schemaVersion", SCHEMA_VERSION);
  }, SYSTEM);
  return ran;
}
