// What every request handler shares: the stores, the loaded rooms and the server's settings.
import type { Db } from "./store/db";
import type { MapStore } from "./store/maps";
import type { UpdateLog } from "./store/updates";
import type { AuthorStore } from "./store/authors";
import type { VersionStore } from "./store/versions";
import type { Rooms } from "./rooms/registry";
import type { RateLimit } from "./comments/rateLimit";

export interface ServerContext {
  db: Db;
  maps: MapStore;
  log: UpdateLog;
  authors: AuthorStore;
  versions: VersionStore;
  rooms: Rooms;
  commentLimit: RateLimit;
  /** Versions saved or restored per token and address (each is a copy of the whole map on disk). */
  versionLimit: RateLimit;
  /** Origin written into share links, without a trailing slash. */
  publicUrl: string;
  /** Origins a browser may open the websocket from. */
  allowedOrigins: Set<string>;
  createToken: string | undefined;
  staticDir: string | undefined;
  logger: (line: string) => void;
}
