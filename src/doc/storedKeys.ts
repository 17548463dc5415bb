// The names a journey's fields are stored under in the document. The document keeps bookkeeping of its own beside a
// record's fields (a stage's, lane's, card's or connection's order in `rank`, the journey's `schemaVersion`), so a
// field of a file that happens to have such a name (a "rank" another tool wrote on its cards) is stored under
// another one, and read back under its own: the format keeps unknown fields on round trip.
//
// A field is stored under STORED_PREFIX + its name when its name is one of those bookkeeping names or itself starts
// with STORED_PREFIX (so that no two fields share a stored name); every other field is stored under its own name,
// as every document written before this was, so reading those needs no migration.
import { RANK } from "./schema";

/** The prefix of a field stored under another name than its own. */
export const STORED_PREFIX = "outside-in:";

/** The document's own fields in every record of a collection (stages, lanes, cards, connections). */
export const RECORD_BOOKKEEPING: ReadonlySet<string> = new Set([RANK]);
/** The document's own fields in the journey's meta map. */
export const META_BOOKKEEPING: ReadonlySet<string> = new Set(["schemaVersion"]);

/** The name a field called `name` is stored under, beside the `bookkeeping` names. */
export function storedKey(name: string, bookkeeping: ReadonlySet<string>): string {
  return bookkeeping.has(name) || name.startsWith(STORED_PREFIX) ? STORED_PREFIX + name : name;
}

/**
 * The name of the field stored under `key`: the inverse of storedKey. A key that storedKey cannot have written (a
 * prefixed "title", which another Yjs client may write) is the field's name as it stands, so it never stands in
 * for a field of the format.
 */
export function fieldName(key: string, bookkeeping: ReadonlySet<string>): string {
  if (!key.startsWith(STORED_PREFIX)) return key;
  const name = key.slice(STORED_PREFIX.length);
  return bookkeeping.has(name) || name.startsWith(STORED_PREFIX) ? name : key;
}

/** A record's fields with their stored names (a copy only when one differs). */
export function withStoredKeys(
  fields: Record<string, unknown>,
  bookkeeping: ReadonlySet<string>,
): Record<string, unknown> {
  const keys = Object.keys(fields);
  if (keys.every((k) => storedKey(k, bookkeeping) === k)) return fields;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[storedKey(k, bookkeeping)] = fields[k];
  return out;
}

/** Fields read from the document under their own names (a copy only when one differs). */
export function withFieldNames(
  stored: Record<string, unknown>,
  bookkeeping: ReadonlySet<string>,
): Record<string, unknown> {
  const keys = Object.keys(stored);
  if (keys.every((k) => !k.startsWith(STORED_PREFIX))) return stored;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[fieldName(k, bookkeeping)] = stored[k];
  return out;
}
