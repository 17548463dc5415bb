// A light y-websocket client speaking y-protocols by hand (no Y.Doc of the map): it answers the server's
// sync step 1, can send updates, awareness and arbitrary frames, and reports what arrives. Hundreds of these fit
// in one process, which stock WebsocketProviders do not.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import { WebSocket } from "ws";

export const MSG = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

export interface RawClient {
  ws: WebSocket;
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  /** True once the server's answer to our sync step 1 (its whole document) arrived. */
  synced: boolean;
  received: { updates: number; awareness: number; denials: string[]; frames: number };
  send(frame: Uint8Array | string): void;
  sendUpdate(update: Uint8Array): void;
  sendAwareness(clientId: number, clock: number, state: unknown): void;
  close(): void;
}

export function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const updateFrame = (update: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MSG.sync);
    encoding.writeVarUint(e, SYNC.update);
    encoding.writeVarUint8Array(e, update);
  });

export const step1Frame = (stateVector: Uint8Array = new Uint8Array([0])): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MSG.sync);
    encoding.writeVarUint(e, SYNC.step1);
    encoding.writeVarUint8Array(e, stateVector);
  });

export const step2Frame = (update: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MSG.sync);
    encoding.writeVarUint(e, SYNC.step2);
    encoding.writeVarUint8Array(e, update);
  });

export const awarenessFrame = (clientId: number, clock: number, state: unknown): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MSG.awareness);
    encoding.writeVarUint8Array(
      e,
      frame((inner) => {
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, clientId);
        encoding.writeVarUint(inner, clock);
        encoding.writeVarString(inner, JSON.stringify(state));
      }),
    );
  });

/** An empty Yjs update: what a client with nothing to add answers to sync step 1. */
export const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

export interface RawClientOptions {
  token?: string;
  origin?: string;
  protocols?: string[];
  /** Called with every document update (sync update or step 2) the server forwards. */
  onUpdate?: (update: Uint8Array, kind: "step2" | "update") => void;
  /** What to answer to the server's sync step 1 (default: an empty update). */
  step2?: () => Uint8Array;
}

export function rawClient(wsUrl: string, room: string, options: RawClientOptions = {}): RawClient {
  const query = options.token === undefined ? "" : `?token=${encodeURIComponent(options.token)}`;
  const ws = new WebSocket(`${wsUrl}/${room}${query}`, options.protocols ?? [], {
    perMessageDeflate: false,
    ...(options.origin ? { origin: options.origin } : {}),
  });
  ws.binaryType = "nodebuffer";
  const client: RawClient = {
    ws,
    opened: new Promise((done) => ws.once("open", () => done())),
    closed: new Promise((done) => ws.once("close", (code, reason) => done({ code, reason: reason.toString() }))),
    synced: false,
    received: { updates: 0, awareness: 0, denials: [], frames: 0 },
    send(data) {
      if (ws.readyState === ws.OPEN) ws.send(data);
    },
    sendUpdate(update) {
      client.send(updateFrame(update));
    },
    sendAwareness(clientId, clock, state) {
      client.send(awarenessFrame(clientId, clock, state));
    },
    close() {
      ws.close();
    },
  };
  ws.on("error", () => {});
  ws.on("open", () => client.send(step1Frame()));
  ws.on("message", (data: Buffer) => {
    client.received.frames++;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      const type = decoding.readVarUint(decoder);
      if (type === MSG.sync) {
        const sub = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (sub === SYNC.step1) client.send(step2Frame(options.step2?.() ?? EMPTY_UPDATE));
        else if (sub === SYNC.step2) {
          client.synced = true;
          options.onUpdate?.(payload, "step2");
        } else if (sub === SYNC.update) {
          client.received.updates++;
          options.onUpdate?.(payload, "update");
        }
      } else if (type === MSG.awareness) client.received.awareness++;
      else if (type === MSG.auth) {
        if (decoding.readVarUint(decoder) === 0) client.received.denials.push(decoding.readVarString(decoder));
      }
    } catch {
      // A frame this client cannot read is counted, not fatal: the benchmark measures the server.
    }
  });
  return client;
}

/** Strings a Yjs update inserts (map values and array items set with plain JSON values). */
export function insertedStrings(update: Uint8Array): string[] {
  const out: string[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    const arr = (struct as { content?: { arr?: unknown[] } }).content?.arr;
    if (arr) for (const v of arr) if (typeof v === "string") out.push(v);
  }
  return out;
}

/** Polls until check() holds; never sleeps a fixed time when a condition can be waited on. */
export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
