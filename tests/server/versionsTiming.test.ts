// An automatic version is saved after the change that calls for it was stored and sent, never in between.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import type { WebSocket } from "ws";
import { openDb, type Db } from "../../server/store/db";
import { updateLog } from "../../server/store/updates";
import { mapStore } from "../../server/store/maps";
import { versionStore } from "../../server/store/versions";
import { Rooms } from "../../server/rooms/registry";

let dir: string;
let db: Db;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-version-timing-"));
  db = openDb(dir);
});
afterEach(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

const MAP = "map_timingtiming";

describe("the automatic version's moment", () => {
  it("comes after the update was stored and forwarded, in a later turn of the event loop", async () => {
    mapStore(db).create(MAP, "T", {
      main: Y.encodeStateAsUpdate(new Y.Doc()),
      comments: Y.encodeStateAsUpdate(new Y.Doc()),
    });
    let now = 0;
    const versions = versionStore(db, () => now);
    versions.add(MAP, { kind: "created", json: "{}", cards: 0 });
    const rooms = new Rooms(updateLog(db), 60_000, () => {}, undefined, undefined, undefined, versions);
    const room = rooms.get(MAP, "main");
    const events: string[] = [];
    const ws = {
      OPEN: 1,
      readyState: 1,
      bufferedAmount: 0,
      send: () => {
        events.push(`sent; versions: ${versions.list(MAP).length}`);
      },
    } as unknown as WebSocket;
    room.conns.set(ws, { ws, role: "editor", tokenHash: "h", clientIds: new Set(), awarenessTimes: [], full: false });

    now = 11 * 60_000;
    room.doc.getMap("meta").set("title", "Changed");
    events.push(`returned; versions: ${versions.list(MAP).length}`);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    events.push(`later; versions: ${versions.list(MAP).length}`);
    expect(events).toEqual(["sent; versions: 1", "returned; versions: 1", "later; versions: 2"]);
    expect(versions.latest(MAP)).toMatchObject({ kind: "auto", createdAt: 11 * 60_000 });
    room.conns.clear();
    rooms.closeAll(1001, "done");
  });
});
