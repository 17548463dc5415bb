// The y-websocket message loop for one socket (modelled on y-websocket's utils.js), plus what it lacks:
// roles, size and rate limits, awareness bound to the client's own ids, and no frame can throw out.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import * as authProtocol from "y-protocols/auth";
import * as awarenessProtocol from "y-protocols/awareness";
import type { RawData, WebSocket } from "ws";
import {
  MESSAGE_AUTH,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  type Connection,
  type DocRoom,
} from "./docRoom";
import { CLOSE, LIMITS, holderProbe } from "./limits";
import { TOO_LARGE_REASON, isTooLargeError } from "./messageSize";

const READ_ONLY = "This link may read the map but not change it.";
const COMMENTS_READ_ONLY = "Comments change only through the comments API.";

class FrameError extends Error {}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function mayWrite(room: DocRoom, conn: Connection): boolean {
  return room.name === "main" && (conn.role === "owner" || conn.role === "editor");
}

/** True when an update carries neither new items nor deletions (what a read-only client sends on connect). */
function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

const stateOf = (doc: Y.Doc): Map<number, number> => Y.decodeStateVector(Y.encodeStateVector(doc));

/** Per client, the later of two states. */
function newest(a: Map<number, number>, b: Map<number, number> | undefined): Map<number, number> {
  if (!b) return a;
  const merged = new Map(a);
  for (const [client, clock] of b) if ((merged.get(client) ?? 0) < clock) merged.set(client, clock);
  return merged;
}

function deny(room: DocRoom, conn: Connection, reason: string): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  authProtocol.writePermissionDenied(encoder, reason);
  room.send(conn.ws, encoding.toUint8Array(encoder));
}

function readSync(room: DocRoom, conn: Connection, decoder: decoding.Decoder): void {
  const type = decoding.readVarUint(decoder);
  if (type === syncProtocol.messageYjsSyncStep1) {
    // A malformed state vector ends the connection, whatever we would answer.
    const theirs = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    // A socket delivers in order: when the client reads this answer it has read everything sent to it before,
    // so it lacks only what changed since the document state it was last brought to. A page that got the whole
    // document at once (full=1) wrote its step 1, and the one that confirms receipt, before reading it.
    room.send(conn.ws, room.syncStep2(Y.encodeStateVector(newest(theirs, conn.sentState))));
    conn.sentState = stateOf(room.doc);
    return;
  }
  if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) {
    throw new FrameError(`unknown sync message ${type}`);
  }
  const update = decoding.readVarUint8Array(decoder);
  // Read the whole update before applying it: Yjs can half read a malformed one and keep a pending part that
  // never encodes again, after which nobody could sync the map. This throws, and the frame is refused, instead.
  Y.decodeUpdate(update);
  if (!mayWrite(room, conn)) {
    // A read-only client answers our sync step 1 with an empty step 2; only real changes are refused aloud.
    if (!isEmptyUpdate(update)) deny(room, conn, room.name === "main" ? READ_ONLY : COMMENTS_READ_ONLY);
    return;
  }
  // An update that adds nothing (a page's answer to the server's sync step 1) is never refused as too large: a map
  // at its limit must still open, and its pages still sync.
  if (room.bytes + update.byteLength > room.maxBytes && !isEmptyUpdate(update)) {
    // The count may be mostly what deleted content left in the log: after a merge it is the document's own size.
    room.compact();
    if (room.bytes + update.byteLength > room.maxBytes) {
      deny(room, conn, "This map has reached its size limit; the change was not saved.");
      if (conn.end) conn.end(CLOSE.tooLarge, "The map has reached its size limit.");
      else conn.ws.close(CLOSE.tooLarge, "The map has reached its size limit.");
      return;
    }
  }
  Y.applyUpdate(room.doc, update, conn.ws);
}

/** Reads the client ids of an awareness update without applying it. */
function awarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
  return ids;
}

/** How many client ids a connection that speaks for none yet may wait for (see Connection.waitingAwareness). */
const MAX_WAITING_IDS = 8;

function spokenForElsewhere(room: DocRoom, conn: Connection, clientId: number): boolean {
  for (const other of room.conns.values()) if (other !== conn && other.clientIds.has(clientId)) return true;
  return false;
}

function readAwareness(room: DocRoom, conn: Connection, decoder: decoding.Decoder): void {
  const update = decoding.readVarUint8Array(decoder);
  if (update.byteLength > LIMITS.maxAwarenessBytes) return;
  // Read first, so a malformed update ends its connection now rather than later from a timer.
  const ids = awarenessClients(update);
  if (ids.length === 0) return;
  takeAwareness(room, conn, update, ids);
}

/**
 * Applies an awareness update within the rate limit. Past it, the update waits for the next free slot, in place
 * of any that waited before: a client's update holds its whole state, so the last one is all that counts, and
 * dropping it could leave a card looking dragged (or a cursor stuck) for everyone until the state times out.
 */
function takeAwareness(room: DocRoom, conn: Connection, update: Uint8Array, ids: number[]): void {
  const now = Date.now();
  conn.awarenessTimes = conn.awarenessTimes.filter((t) => now - t < 1000);
  const oldest = conn.awarenessTimes[0];
  if (conn.awarenessTimes.length >= LIMITS.awarenessPerSecond && oldest !== undefined) {
    if (conn.heldAwareness) {
      conn.heldAwareness.update = update;
      return;
    }
    const timer = setTimeout(
      () => {
        const held = conn.heldAwareness;
        conn.heldAwareness = undefined;
        // A connection that left meanwhile must not bring its state back.
        if (!held || room.conns.get(conn.ws) !== conn) return;
        try {
          takeAwareness(room, conn, held.update, awarenessClients(held.update));
        } catch {
          conn.end?.(CLOSE.badFrame, "The server could not read a message from this connection.");
        }
      },
      1000 - (now - oldest),
    );
    timer.unref();
    conn.heldAwareness = { update, timer };
    return;
  }
  conn.awarenessTimes.push(now);
  // The first id a connection uses is its own, unless another connection speaks for it; states for anyone else
  // are dropped.
  const first = ids[0];
  if (conn.clientIds.size === 0 && first !== undefined) {
    if (spokenForElsewhere(room, conn, first)) {
      const waiting = (conn.waitingAwareness ??= new Map());
      waiting.delete(first);
      waiting.set(first, update);
      // Bounded: the oldest goes first.
      for (const id of waiting.keys()) if (waiting.size > MAX_WAITING_IDS) waiting.delete(id);
      probeHolder(room, conn, first);
      return;
    }
    conn.clientIds.add(first);
    conn.waitingAwareness = undefined;
  }
  if (!ids.every((id) => conn.clientIds.has(id))) return;
  awarenessProtocol.applyAwarenessUpdate(room.awareness, update, conn.ws);
}

/**
 * Pings the connection that holds `clientId` for `conn`, and cuts it if it does not answer in time (unless it is
 * still reading what it was sent): a page back from a lost network reconnects before the server notices that its
 * old socket died, and would stay off everyone's pages until the heartbeat cut it (up to 20 s). A live holder
 * answers and keeps its id.
 */
function probeHolder(room: DocRoom, conn: Connection, clientId: number): void {
  const holder = [...room.conns.values()].find((o) => o !== conn && o.clientIds.has(clientId));
  if (!holder || holder.probed) return;
  const { ws } = holder;
  if (ws.readyState !== ws.OPEN) return;
  holder.probed = true;
  let answered = false;
  const onPong = (): void => {
    answered = true;
  };
  ws.once("pong", onPong);
  const queued = ws.bufferedAmount;
  ws.ping();
  setTimeout(() => {
    ws.off("pong", onPong);
    holder.probed = false;
    if (answered || room.conns.get(ws) !== holder || (ws.bufferedAmount > 0 && ws.bufferedAmount < queued)) return;
    ws.terminate();
  }, holderProbe.ms).unref();
}

/**
 * Takes a leaving connection's client ids off everyone's pages, except those a newer connection waits to speak
 * for: that one's latest state goes out instead (its clock is ahead of the old one's), so the person stays.
 */
function releaseAwareness(room: DocRoom, conn: Connection): void {
  const gone: number[] = [];
  for (const id of conn.clientIds) {
    const heir = [...room.conns.values()].find(
      (o) => o !== conn && o.clientIds.size === 0 && o.waitingAwareness?.has(id),
    );
    const update = heir?.waitingAwareness?.get(id);
    // Only an update of that person's state alone: the connection speaks for nobody else.
    if (!heir || !update || awarenessClients(update).some((other) => other !== id)) {
      gone.push(id);
      continue;
    }
    heir.waitingAwareness = undefined;
    heir.clientIds.add(id);
    const clock = room.awareness.meta.get(id)?.clock;
    awarenessProtocol.applyAwarenessUpdate(room.awareness, update, heir.ws);
    // An update whose clock is not past the old one's is ignored by Awareness (the page sent nothing newer): then
    // the person is taken off, as before, and comes back with the new connection's next update.
    if (room.awareness.meta.get(id)?.clock === clock) gone.push(id);
  }
  if (gone.length > 0) awarenessProtocol.removeAwarenessStates(room.awareness, gone, null);
}

function handleMessage(room: DocRoom, conn: Connection, data: Uint8Array): void {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC:
      readSync(room, conn, decoder);
      return;
    case MESSAGE_AWARENESS:
      readAwareness(room, conn, decoder);
      return;
    case MESSAGE_QUERY_AWARENESS:
      sendAwareness(room, conn.ws);
      return;
    case MESSAGE_AUTH:
      return;
    default:
      throw new FrameError(`unknown message type ${type}`);
  }
}

function sendAwareness(room: DocRoom, ws: WebSocket): void {
  const states = room.awareness.getStates();
  if (states.size === 0) return;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(room.awareness, [...states.keys()]));
  room.send(ws, encoding.toUint8Array(encoder));
}

/** Joins an accepted, authorised socket to a room; `onClose` runs once when it leaves. */
export function joinRoom(room: DocRoom, conn: Connection, log: (line: string) => void, onClose: () => void): void {
  const { ws } = conn;
  room.conns.set(ws, conn);
  let closed = false;
  const leave = (): void => {
    if (closed) return;
    closed = true;
    room.conns.delete(ws);
    if (conn.heldAwareness) clearTimeout(conn.heldAwareness.timer);
    conn.heldAwareness = undefined;
    conn.waitingAwareness = undefined;
    if (conn.clientIds.size > 0) releaseAwareness(room, conn);
    onClose();
  };
  // A connection we close is over at once: frames already on their way behind the bad one are not read, and a
  // client that never answers the close frame is cut off instead of holding the socket for ws's 30 s.
  const end = (code: number, reason: string): void => {
    leave();
    if (ws.readyState === ws.CLOSED) return;
    ws.close(code, reason);
    setTimeout(() => {
      if (ws.readyState !== ws.CLOSED) ws.terminate();
    }, LIMITS.closeHandshakeMs).unref();
  };
  conn.end = end;
  ws.on("message", (data: RawData) => {
    if (!room.conns.has(ws)) return;
    const bytes = toBytes(data);
    if (bytes.byteLength > LIMITS.maxMessageBytes) {
      end(CLOSE.tooLarge, TOO_LARGE_REASON);
      return;
    }
    try {
      handleMessage(room, conn, bytes);
    } catch (error) {
      // A malformed frame ends this connection only; the room and everyone else carry on.
      log(`closing a connection to ${room.mapId}/${room.name} after a bad frame: ${String(error)}`);
      end(CLOSE.badFrame, "The server could not read a message from this connection.");
    }
  });
  ws.on("close", leave);
  ws.on("error", (error) => {
    // A message past ws's limit is being closed with 4413 (see messageSize.ts): cutting the socket now could
    // lose the close frame, so it gets the same short grace as any connection the server ends.
    if (isTooLargeError(error)) {
      end(CLOSE.tooLarge, TOO_LARGE_REASON);
      return;
    }
    log(`websocket error on ${room.mapId}/${room.name}: ${error.message}`);
    ws.terminate();
    leave();
  });

  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, room.doc);
  room.send(ws, encoding.toUint8Array(encoder));
  if (conn.full) {
    // A page opening the map has nothing yet: the document travels while the page still starts up, instead of
    // after the page's sync step 1 (which a busy page sends late) and one more round trip.
    conn.sentState = stateOf(room.doc);
    const whole = room.syncStep2(EMPTY_STATE_VECTOR);
    // A page opening a big map draws this while its Yjs still decodes the document sent next.
    if (conn.snapshot && room.name === "main" && whole.byteLength >= LIMITS.snapshotFromBytes) {
      room.send(ws, room.snapshotFrame());
    }
    room.send(ws, whole);
  }
  sendAwareness(room, ws);
}

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
