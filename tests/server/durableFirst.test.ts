// The room commits off the event loop; these tests hold a commit open (a log whose store the test resolves) and
// check that nothing shows the change before the disk has it, and that a change the disk refused is dropped.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import type { WebSocket } from "ws";
import { DocRoom } from "../../server/rooms/docRoom";
import { joinRoom } from "../../server/rooms/connection";
import { Rooms } from "../../server/rooms/registry";
import type { UpdateLog } from "../../server/store/updates";
import type { Role } from "../../src/doc";
import { someUpdate, step1Frame, updateFrame } from "./protocol";

class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  sent: Uint8Array[] = [];
  closedWith: number | undefined;
  send(message: Uint8Array): void {
    this.sent.push(message);
  }
  close(code: number): void {
    this.closedWith = code;
    this.readyState = 3;
  }
  receive(frame: Uint8Array): void {
    this.emit("message", Buffer.from(frame));
  }
}

/** A log whose commits finish only when the test says so. */
function heldLog() {
  const held: { update: Uint8Array; commit: () => void; refuse: (error: Error) => void }[] = [];
  const log: UpdateLog = {
    fetch: () => ({ update: undefined, rows: 0, bytes: 0 }),
    store: (_mapId, _doc, update) =>
      new Promise<void>((resolve, reject) => held.push({ update, commit: resolve, refuse: reject })),
    compact: () => {},
    rows: () => 0,
    close: async () => {},
  };
  return { log, held };
}

function join(room: DocRoom, role: Role): FakeSocket {
  const ws = new FakeSocket();
  joinRoom(
    room,
    { ws: ws as unknown as WebSocket, role, tokenHash: role, clientIds: new Set(), awarenessTimes: [] },
    () => {},
    () => {},
  );
  return ws;
}

/** The document updates among the sync frames a socket received (updates and step-2 answers). */
function receivedDoc(ws: FakeSocket): Y.Doc {
  const doc = new Y.Doc();
  for (const frame of ws.sent) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0) continue;
    if (decoding.readVarUint(decoder) === 0) continue;
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  }
  return doc;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("a change on its way to disk", () => {
  it("reaches other clients, and a joining client's answer, only once it is committed", async () => {
    const { log, held } = heldLog();
    const room = new DocRoom("map_aaaaaaaaaa", "main", log, () => {});
    for (const migration of held.splice(0)) migration.commit();
    await settle();
    const editor = join(room, "owner");
    const watcher = join(room, "viewer");
    editor.receive(updateFrame(someUpdate("title", "saved?")));
    expect(held).toHaveLength(1);

    const newcomer = join(room, "viewer");
    newcomer.receive(step1Frame(new Y.Doc()));
    await settle();
    expect(receivedDoc(watcher).getMap("meta").get("title")).toBeUndefined();
    expect(newcomer.sent).toHaveLength(0);

    held[0]?.commit();
    await settle();
    expect(receivedDoc(watcher).getMap("meta").get("title")).toBe("saved?");
    expect(receivedDoc(newcomer).getMap("meta").get("title")).toBe("saved?");
    expect(receivedDoc(editor).getMap("meta").get("title")).toBeUndefined();
  });

  it("closes the room's connections with 1011 when the disk refuses it, and the map loads again from the log", async () => {
    const { log, held } = heldLog();
    const rooms = new Rooms(log, 60_000, () => {});
    const room = rooms.get("map_aaaaaaaaaa", "main");
    for (const migration of held.splice(0)) migration.commit();
    await settle();
    const editor = join(room, "owner");
    const watcher = join(room, "viewer");
    editor.receive(updateFrame(someUpdate("title", "lost")));
    held[0]?.refuse(new Error("disk full"));
    await settle();

    expect(editor.closedWith).toBe(1011);
    expect(watcher.closedWith).toBe(1011);
    expect(receivedDoc(watcher).getMap("meta").get("title")).toBeUndefined();
    await expect(room.saved()).rejects.toThrow("could not be saved");
    const again = rooms.get("map_aaaaaaaaaa", "main");
    expect(again).not.toBe(room);
    expect(again.doc.getMap("meta").get("title")).toBeUndefined();
  });
});
