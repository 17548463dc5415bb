// Builds and reads raw y-websocket frames for tests that speak the protocol by hand.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import * as awarenessProtocol from "y-protocols/awareness";

export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function step1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/** The reasons of every `permission-denied` auth message among the frames. */
export function permissionDenials(frames: Uint8Array[]): string[] {
  const out: string[] = [];
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 2) continue;
    if (decoding.readVarUint(decoder) !== 0) continue;
    out.push(decoding.readVarString(decoder));
  }
  return out;
}

/** An update that sets one key in a root map, as an editor's client would send it. */
export function someUpdate(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("meta").set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

/** The updates of every sync step 2 among the frames, in order. */
export function syncSteps2(frames: Uint8Array[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0) continue;
    if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) continue;
    out.push(decoding.readVarUint8Array(decoder));
  }
  return out;
}

/** True for a sync update frame (a change forwarded live). */
export function isUpdateFrame(frame: Uint8Array): boolean {
  const decoder = decoding.createDecoder(frame);
  return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate;
}

/** The updates of every sync update frame (changes forwarded live), in order. */
export function liveUpdates(frames: Uint8Array[]): Uint8Array[] {
  return frames.filter(isUpdateFrame).map((frame) => {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    return decoding.readVarUint8Array(decoder);
  });
}
