// Who wrote which comment or reply (as the sha256 of a per-browser secret), and which names are taken on a map.
import type { Db } from "./db";

export interface AuthorStore {
  keyOf(mapId: string, commentId: string, replyId?: string): string | undefined;
  record(mapId: string, commentId: string, replyId: string | undefined, keyHash: string): void;
  /** Claims a display name for an author key; false when another key already writes under that name. */
  claimName(mapId: string, name: string, keyHash: string): boolean;
  /** The author key that holds a display name on the map, if any. */
  holderOf(mapId: string, name: string): string | undefined;
}

/** One key for names that read the same: invisible characters dropped, spacing and case folded. */
const nameKey = (name: string): string =>
  name
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLocaleLowerCase("en");

export function authorStore(db: Db): AuthorStore {
  const selectKey = db.prepare<[string, string, string], { key_hash: string }>(
    "SELECT key_hash FROM comment_authors WHERE map_id = ? AND comment_id = ? AND reply_id = ?",
  );
  const insertKey = db.prepare(
    "INSERT OR REPLACE INTO comment_authors (map_id, comment_id, reply_id, key_hash) VALUES (?, ?, ?, ?)",
  );
  const selectName = db.prepare<[string, string], { key_hash: string }>(
    "SELECT key_hash FROM author_names WHERE map_id = ? AND name_key = ?",
  );
  const insertName = db.prepare("INSERT OR IGNORE INTO author_names (map_id, name_key, key_hash) VALUES (?, ?, ?)");

  return {
    keyOf: (mapId, commentId, replyId = "") => selectKey.get(mapId, commentId, replyId)?.key_hash,
    record: (mapId, commentId, replyId, keyHash) => void insertKey.run(mapId, commentId, replyId ?? "", keyHash),
    holderOf: (mapId, name) => selectName.get(mapId, nameKey(name))?.key_hash,
    claimName(mapId, name, keyHash) {
      const key = nameKey(name);
      const owner = selectName.get(mapId, key)?.key_hash;
      if (owner !== undefined) return owner === keyHash;
      insertName.run(mapId, key, keyHash);
      return true;
    },
  };
}
