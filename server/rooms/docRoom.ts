// One loaded document (the map or its comments) with its awareness and connections; every change is
// committed to the log before it is sent to anyone.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as awarenessProtocol from "y-protocols/awareness";
import type { WebSocket } from "ws";
import { migrate, readJourney, type Role } from "../../src/doc";
import { snapshotFrame } from "../../src/doc/snapshotMessage";
import type { DocName, UpdateLog } from "../store/updates";
import { CLOSE, LIMITS } from "./limits";

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Origin of the load from the log, which must not be stored a second time. */
const FROM_LOG = Symbol("outside-in/server-load");

export interface Connection {
  ws: WebSocket;
  role: Role;
  tokenHash: string;
  /** Awareness client ids this connection speaks for (bound on first use). */
  clientIds: Set<number>;
  awarenessTimes: number[];
  /**
   * The latest awareness update that came past the rate limit, applied when the limit frees a slot: an update
   * carries the client's whole state, so only the last one matters, and it may be the end of a drag.
   */
  heldAwareness?: { update: Uint8Array; timer: ReturnType<typeof setTimeout> } | undefined;
  /**
   * Before a connection speaks for a client id: its latest awareness update per client id another connection
   * still speaks for (the same page back from a lost network before the server saw its old socket end; or a page
   * passing on someone else's state, as y-websocket does), so the update goes out when that one ends. A few ids.
   */
  waitingAwareness?: Map<number, Uint8Array> | undefined;
  /** Set while the server waits for this connection's answer to a ping sent because another claims its client id. */
  probed?: boolean;
  /** The client asked for the whole document at once (`full=1`): it gets it without waiting for its sync step 1. */
  full: boolean;
  /** The client asked for the map's snapshot before the document (`snapshot=1`, src/doc/snapshotMessage.ts). */
  snapshot?: boolean;
  /**
   * The document state the client was last brought to (the whole document sent at once, or the answer to its
   * latest sync step 1): with what it says it has, the next answer sends only what it lacks.
   */
  sentState?: Map<number, number>;
  /**
   * Ends the connection at once (set when it joins a room): it leaves the room, nothing it sends afterwards is
   * read, and its socket is cut if the close handshake has not finished soon.
   */
  end?: (code: number, reason: string) => void;
}

/** The log refused an update because its map's row is gone (the updates' foreign key to maps). */
const mapIsGone = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "SQLITE_CONSTRAINT_FOREIGNKEY";

/** What the document holds but could not apply yet; Yjs replaces these when they change. */
const pendingParts = (doc: Y.Doc): [unknown, unknown] => [
  doc.store.pendingStructs?.update ?? null,
  doc.store.pendingDs,
];

/** The transaction added, deleted or left pending something, so the document encodes differently now. */
function changedEncoding(
  transaction: Y.Transaction,
  pendingBefore: [unknown, unknown],
  pendingAfter: [unknown, unknown],
): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true;
  return pendingBefore[0] !== pendingAfter[0] || pendingBefore[1] !== pendingAfter[1];
}

export class DocRoom {
  readonly doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  readonly conns = new Map<WebSocket, Connection>();
  /** Bytes in the log, an upper bound of the document's size. */
  bytes: number;
  /** Rows in the log. */
  rows: number;
  /**
   * Rows the log held when the document was loaded. Unloading merges the log into one row, and the merge every
   * LIMITS.compactAfterRows updates runs before the update that calls for it is stored; so more than one row means
   * updates were stored after the document was last unloaded: the server stopped without unloading it (killed).
   */
  readonly rowsAtLoad: number;
  /** The log is the document's own state, merged by compact(), and nothing was stored since. */
  private merged = false;
  /**
   * The whole document as a sync step 2 frame, kept until the next transaction: every page that opens the
   * map asks for exactly this, and encoding a 2,000-card map takes tens of milliseconds each time.
   */
  private wholeState: Uint8Array | null = null;
  /** The map as the reader reads it, for pages that open it (src/doc/snapshotMessage.ts); kept like wholeState. */
  private snapshot: Uint8Array | null = null;
  /**
   * Told after a change was stored and forwarded (the map's versions: server/rooms/registry.ts); it must only note
   * the change and leave any work for later, as it runs on the path of every update.
   */
  afterStored: (() => void) | undefined;

  constructor(
    readonly mapId: string,
    readonly name: DocName,
    private readonly log: UpdateLog,
    private readonly logger: (line: string) => void,
    /** Largest stored size of this document; an update past it is refused. */
    readonly maxBytes: number = LIMITS.maxDocBytes,
    /** Told when a change cannot be stored because the map is gone from the database (deleted while open). */
    private readonly onGone: () => void = () => {},
  ) {
    const stored = log.fetch(mapId, name);
    if (stored.update) Y.applyUpdate(this.doc, stored.update, FROM_LOG);
    this.bytes = stored.bytes;
    this.rows = stored.rows;
    this.rowsAtLoad = stored.rows;
    // Only a transaction that changed what the document encodes to drops the frame, also one that only leaves a
    // pending part. Every page that opens the map answers the server's sync step 1 with an update that adds
    // nothing, and the frame used to go with it: each page had the whole map encoded again for it.
    let pendingBefore = pendingParts(this.doc);
    this.doc.on("beforeTransaction", () => (pendingBefore = pendingParts(this.doc)));
    this.doc.on("afterTransaction", (transaction: Y.Transaction) => {
      if (!changedEncoding(transaction, pendingBefore, pendingParts(this.doc))) return;
      this.wholeState = null;
      this.snapshot = null;
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    if (name === "main") migrate(this.doc);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on(
      "update",
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
        const changed = [...added, ...updated, ...removed];
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
        encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
        this.broadcast(encoding.toUint8Array(encoder));
      },
    );
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === FROM_LOG) return;
    // Merged before this update is stored, so that it stays a row of its own (see rowsAtLoad).
    if (this.rows >= LIMITS.compactAfterRows) this.compact();
    // Durable first: nobody sees a change the disk does not hold.
    try {
      this.log.store(this.mapId, this.name, update);
    } catch (error) {
      if (!mapIsGone(error)) throw error;
      // The map's row was deleted while the map was open: nothing of it can be stored any more, so nothing is sent.
      this.logger(`${this.mapId}/${this.name} is gone from the database; its connections are told so`);
      this.onGone();
      return;
    }
    this.bytes += update.byteLength;
    this.rows += 1;
    this.merged = false;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const conn of this.conns.values()) if (conn.ws !== origin) this.send(conn.ws, message);
    this.afterStored?.();
  }

  /**
   * Replaces the log by the document's own state, in which deleted content is gone: a merge of the rows would keep
   * every deleted text, so the file would grow past the size limit and, loaded again, a map whose merged log is over
   * the limit could take no change at all. A single row is replaced only when the state is smaller (a log merged
   * that way by an earlier version).
   */
  compact(): void {
    // Once merged, and nothing stored since, it is what a merge would make: a refused change at the size limit
    // (server/rooms/connection.ts) does not encode the whole map again each time.
    if (this.rows === 0 || this.merged) return;
    const whole = this.stateAsUpdate();
    if (this.rows > 1 || whole.byteLength < this.bytes) this.log.replace(this.mapId, this.name, whole);
    this.rows = 1;
    this.bytes = whole.byteLength;
    this.merged = true;
  }

  /** The answer to a sync step 1: what the client lacks of the document, as a sync step 2 frame. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    const fresh = Y.decodeStateVector(stateVector).size === 0;
    if (fresh && this.wholeState) return this.wholeState;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, this.stateAsUpdate(stateVector));
    const frame = encoding.toUint8Array(encoder);
    if (fresh) this.wholeState = frame;
    return frame;
  }

  /**
   * The document as an update for a client that has `stateVector` (all of it by default). A part still waiting for
   * what it builds on came from a client and was never applied, so nobody has seen it; when it cannot be read back
   * (a broken client's bytes that Yjs took in whole), it is dropped: else no page could open the map again.
   */
  stateAsUpdate(stateVector?: Uint8Array): Uint8Array {
    try {
      return Y.encodeStateAsUpdate(this.doc, stateVector);
    } catch (error) {
      const { store } = this.doc;
      if (store.pendingStructs === null && store.pendingDs === null) throw error;
      this.logger(
        `dropping what ${this.mapId}/${this.name} held back unapplied, as it cannot be read: ${String(error)}`,
      );
      store.pendingStructs = null;
      store.pendingDs = null;
      this.wholeState = null;
      this.snapshot = null;
      return Y.encodeStateAsUpdate(this.doc, stateVector);
    }
  }

  /** The map's snapshot frame (main document only). */
  snapshotFrame(): Uint8Array {
    this.snapshot ??= snapshotFrame(readJourney(this.doc));
    return this.snapshot;
  }

  broadcast(message: Uint8Array): void {
    for (const conn of this.conns.values()) this.send(conn.ws, message);
  }

  send(ws: WebSocket, message: Uint8Array): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > LIMITS.maxBufferedBytes) {
      this.logger(`closing a slow connection to ${this.mapId}/${this.name}`);
      const end = this.conns.get(ws)?.end;
      if (end) end(CLOSE.slowConsumer, "This connection reads too slowly; reconnect.");
      else ws.close(CLOSE.slowConsumer, "This connection reads too slowly; reconnect.");
      return;
    }
    ws.send(message, (error) => {
      if (error) ws.terminate();
    });
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}
