// Maps and their share tokens: creation in one transaction, lookup by token hash, rotation.
import type { Db } from "./db";
import type { Role } from "../../src/doc";
import { newToken, sha256 } from "../ids";
import { appender } from "./updates";

/** The link keys of the contract, and the role each one grants. */
export const LINK_ROLES = { owner: "owner", edit: "editor", comment: "commenter", view: "viewer" } as const;
export type LinkKey = keyof typeof LINK_ROLES;
export const LINK_KEYS = Object.keys(LINK_ROLES) as LinkKey[];
export const isLinkKey = (value: string): value is LinkKey => Object.hasOwn(LINK_ROLES, value);

export type Tokens = Record<LinkKey, string>;

export interface MapStore {
  /** Creates the map row, its four tokens and its first updates in one transaction; returns the plain tokens. */
  create(id: string, title: string, initial: { main: Uint8Array; comments: Uint8Array }): Tokens;
  exists(id: string): boolean;
  /** The role a token grants on a map, or undefined for a wrong token or an unknown map. */
  roleOf(id: string, token: string): Role | undefined;
  /** Replaces the token of one link; returns the new plain token and the hash of the old one. */
  rotate(id: string, key: LinkKey): { token: string; oldHash: string | undefined };
  count(): number;
  /** The title the map had when its document was last loaded or unloaded (or created). */
  storedTitle(id: string): string | undefined;
  /** Keeps the document's title beside the map, so reading it needs no document. */
  keepTitle(id: string, title: string): void;
}

export function mapStore(db: Db): MapStore {
  const insertMap = db.prepare("INSERT INTO maps (id, title, created_at) VALUES (?, ?, ?)");
  const insertToken = db.prepare("INSERT INTO tokens (map_id, role, hash) VALUES (?, ?, ?)");
  const insertUpdate = appender(db);
  const selectMap = db.prepare<[string], { id: string }>("SELECT id FROM maps WHERE id = ?");
  const selectRole = db.prepare<[string, string], { role: string }>(
    "SELECT role FROM tokens WHERE map_id = ? AND hash = ?",
  );
  const selectHash = db.prepare<[string, string], { hash: string }>(
    "SELECT hash FROM tokens WHERE map_id = ? AND role = ?",
  );
  const updateToken = db.prepare("UPDATE tokens SET hash = ? WHERE map_id = ? AND role = ?");
  const countMaps = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM maps");
  const selectTitle = db.prepare<[string], { title: string }>("SELECT title FROM maps WHERE id = ?");
  const updateTitle = db.prepare("UPDATE maps SET title = ? WHERE id = ? AND title <> ?");

  const create = db.transaction((id: string, title: string, initial: { main: Uint8Array; comments: Uint8Array }) => {
    insertMap.run(id, title, Date.now());
    const tokens = {} as Tokens;
    for (const key of LINK_KEYS) {
      const token = newToken();
      tokens[key] = token;
      insertToken.run(id, LINK_ROLES[key], sha256(token));
    }
    insertUpdate(id, "main", initial.main);
    insertUpdate(id, "comments", initial.comments);
    return tokens;
  });

  const rotate = db.transaction((id: string, key: LinkKey) => {
    const role = LINK_ROLES[key];
    const old = selectHash.get(id, role);
    const token = newToken();
    updateToken.run(sha256(token), id, role);
    return { token, oldHash: old?.hash };
  });

  return {
    create: (id, title, initial) => create(id, title, initial),
    exists: (id) => selectMap.get(id) !== undefined,
    roleOf(id, token) {
      if (!token) return undefined;
      const row = selectRole.get(id, sha256(token));
      const role = row?.role;
      return role === "owner" || role === "editor" || role === "commenter" || role === "viewer" ? role : undefined;
    },
    rotate: (id, key) => rotate(id, key),
    count: () => countMaps.get()?.n ?? 0,
    storedTitle: (id) => selectTitle.get(id)?.title,
    keepTitle(id, title) {
      updateTitle.run(title, id, title);
    },
  };
}
