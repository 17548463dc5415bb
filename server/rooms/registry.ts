// Loads documents on first use and unloads them (after compaction) once nobody has used them for a while.
import type * as Y from "yjs";
import { metaMap } from "../../src/doc/schema";
import type { DocName, UpdateLog } from "../store/updates";
import { DocRoom, type Connection } from "./docRoom";
import { joinRoom } from "./connection";
import { CLOSE } from "./limits";
import {
  AUTO_VERSION_EVERY_MS,
  saveVersion,
  type NewVersion,
  type VersionInfo,
  type VersionStore,
} from "../store/versions";

const MAP_GONE = "This map is no longer on the server.";

/** How soon a changed title is kept beside its map (server/app.ts keeps it). */
const TITLE_KEPT_AFTER_MS = 1000;

/** What a loaded map knows about its versions. */
interface Versioning {
  /** When its latest version was saved (-Infinity: none). */
  lastAt: number;
  /** Changed since that version. */
  changed: boolean;
  /** An automatic version is on its way. */
  pending: boolean;
}

export class Rooms {
  private readonly rooms = new Map<string, DocRoom>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly versioning = new Map<DocRoom, Versioning>();

  constructor(
    private readonly log: UpdateLog,
    private readonly idleMs: number,
    private readonly logger: (line: string) => void,
    private readonly maxDocBytes?: number,
    /** Told when the first document loads and when the last one unloads (see server/idleMemory.ts). */
    private readonly activity?: { busy(): void; idle(): void },
    /**
     * Told of every document right after it loads, right before it unloads, and after a change to the map's title
     * (the map's title is kept then).
     */
    private readonly watch?: (room: DocRoom) => void,
    /** Where the maps' versions go: automatic ones while a map is edited and when its last page leaves. */
    private readonly versions?: VersionStore,
  ) {}

  /** The room of a document if it is loaded; never loads it. */
  loaded(mapId: string, name: DocName): DocRoom | undefined {
    return this.rooms.get(`${mapId}/${name}`);
  }

  /** The loaded room of a document, loading it from the log when needed. The caller checked the map exists. */
  get(mapId: string, name: DocName): DocRoom {
    const key = `${mapId}/${name}`;
    let room = this.rooms.get(key);
    if (!room) {
      if (this.rooms.size === 0) this.activity?.busy();
      room = new DocRoom(mapId, name, this.log, this.logger, this.maxDocBytes, () => this.gone(mapId));
      this.rooms.set(key, room);
      this.watched(room);
      if (name === "main") this.followVersions(room);
      // A new title is kept soon too (at most one write a second per map, so a flood of renames costs no disk sync
      // each), so a server that crashes (and unloads nothing) keeps the latest one but for the last second.
      const loaded = room;
      const meta = metaMap(room.doc);
      let keeping: NodeJS.Timeout | undefined;
      room.doc.on("afterTransaction", (transaction: Y.Transaction) => {
        if (keeping !== undefined) return;
        for (const [type, keys] of transaction.changed) {
          if ((type as unknown) !== meta || !keys.has("title")) continue;
          keeping = setTimeout(() => {
            keeping = undefined;
            if (this.rooms.get(key) === loaded) this.watched(loaded);
          }, TITLE_KEPT_AFTER_MS);
          keeping.unref();
          return;
        }
      });
    }
    this.scheduleUnload(key, room);
    return room;
  }

  join(mapId: string, name: DocName, conn: Omit<Connection, "clientIds" | "awarenessTimes">): void {
    const room = this.get(mapId, name);
    const key = `${mapId}/${name}`;
    this.cancelUnload(key);
    joinRoom(room, { ...conn, clientIds: new Set(), awarenessTimes: [] }, this.logger, () => {
      // The last page left: what it changed since the map's last version is kept as one, once the close is handled
      // (an unload before then saves it itself).
      if (room.conns.size === 0) {
        setImmediate(() => {
          if (room.conns.size === 0 && this.rooms.get(key) === room) this.versionIfChanged(room);
        });
      }
      this.scheduleUnload(key, room);
    });
  }

  /** Saves a map's document as a version (named, or before a restore), loading it when needed. */
  saveVersion(mapId: string, version: Omit<NewVersion, "json" | "cards">): VersionInfo {
    if (!this.versions) throw new Error("This server keeps no versions.");
    const room = this.get(mapId, "main");
    const saved = saveVersion(this.versions, mapId, room.doc, version);
    if (!saved) throw new Error("The version was not saved.");
    const state = this.versioning.get(room);
    if (state) {
      state.lastAt = saved.createdAt;
      state.changed = false;
    }
    return saved;
  }

  /**
   * Automatic versions of a loaded map: a change stored AUTO_VERSION_EVERY_MS or more after its latest version saves
   * one, once the update is on its way to everyone (setImmediate: never between storing and forwarding an update).
   */
  private followVersions(room: DocRoom): void {
    const versions = this.versions;
    if (!versions) return;
    const state: Versioning = {
      lastAt: versions.latest(room.mapId)?.createdAt ?? Number.NEGATIVE_INFINITY,
      // Changes stored after the map was last unloaded, by a server killed before it could version them: they count
      // as changed, so the last leave or the unload saves them (unless the map reads as its latest version).
      changed: room.rowsAtLoad > 1,
      pending: false,
    };
    this.versioning.set(room, state);
    room.afterStored = () => {
      state.changed = true;
      if (state.pending || versions.now() - state.lastAt < AUTO_VERSION_EVERY_MS) return;
      state.pending = true;
      setImmediate(() => {
        state.pending = false;
        if (this.versioning.get(room) !== state) return;
        this.version(room, state, false);
      });
    };
  }

  /** Saves an automatic version when the map changed since its last one and reads otherwise than it. */
  private versionIfChanged(room: DocRoom): void {
    const state = this.versioning.get(room);
    if (state?.changed) this.version(room, state, true);
  }

  private version(room: DocRoom, state: Versioning, unlessSame: boolean): void {
    if (!this.versions) return;
    try {
      const saved = saveVersion(this.versions, room.mapId, room.doc, { kind: "auto" }, unlessSame);
      if (saved) state.lastAt = saved.createdAt;
      state.changed = false;
    } catch (error) {
      this.logger(`could not save a version of ${room.mapId}: ${String(error)}`);
    }
  }

  /**
   * Ends every connection of a map that came in with the given token: from now on nothing it sends is read, it
   * leaves the room, and its socket is cut if it does not answer the close frame within LIMITS.closeHandshakeMs.
   */
  closeByToken(mapId: string, tokenHash: string, code: number, reason: string): void {
    for (const name of ["main", "comments"] as const) {
      const room = this.rooms.get(`${mapId}/${name}`);
      if (!room) continue;
      for (const conn of [...room.conns.values()]) {
        if (conn.tokenHash !== tokenHash) continue;
        if (conn.end) conn.end(code, reason);
        else conn.ws.close(code, reason);
      }
    }
  }

  /**
   * A map deleted from the database while open: every connection to its documents ends with 4404, as one opening it
   * now would (a page then offers its copy as a journey file), and its rooms are dropped, once the message being
   * handled is done, without writing anything.
   */
  private gone(mapId: string): void {
    for (const name of ["main", "comments"] as const) {
      const key = `${mapId}/${name}`;
      const room = this.rooms.get(key);
      if (!room) continue;
      for (const conn of [...room.conns.values()]) {
        if (conn.end) conn.end(CLOSE.unknownMap, MAP_GONE);
        else conn.ws.close(CLOSE.unknownMap, MAP_GONE);
      }
      setImmediate(() => {
        if (this.rooms.get(key) !== room) return;
        this.cancelUnload(key);
        this.rooms.delete(key);
        this.versioning.delete(room);
        room.destroy();
        if (this.rooms.size === 0) this.activity?.idle();
      });
    }
  }

  /** Closes every socket, compacts and unloads every document (shutdown). */
  closeAll(code: number, reason: string): void {
    for (const [key, room] of this.rooms) {
      for (const conn of room.conns.values()) conn.ws.close(code, reason);
      this.unload(key, room);
    }
  }

  loadedCount(): number {
    return this.rooms.size;
  }

  private cancelUnload(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  private scheduleUnload(key: string, room: DocRoom): void {
    this.cancelUnload(key);
    if (room.conns.size > 0) return;
    const timer = setTimeout(() => {
      if (room.conns.size === 0 && this.rooms.get(key) === room) this.unload(key, room);
    }, this.idleMs);
    timer.unref();
    this.timers.set(key, timer);
  }

  private watched(room: DocRoom): void {
    try {
      this.watch?.(room);
    } catch (error) {
      this.logger(`could not note ${room.mapId}/${room.name}: ${String(error)}`);
    }
  }

  private unload(key: string, room: DocRoom): void {
    this.cancelUnload(key);
    this.watched(room);
    this.versionIfChanged(room);
    this.versioning.delete(room);
    this.rooms.delete(key);
    try {
      room.compact();
    } catch (error) {
      this.logger(`could not compact ${key}: ${String(error)}`);
    }
    room.destroy();
    if (this.rooms.size === 0) this.activity?.idle();
  }
}
