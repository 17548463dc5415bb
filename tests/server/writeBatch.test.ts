// Group commit: the updates of one event-loop turn are stored in one transaction, and each is applied to
// its document (and so visible to anyone) only after the disk holds it.
import * as Y from "yjs";
import { DocRoom } from "../../server/rooms/docRoom";
import { WriteBatch } from "../../server/rooms/writeBatch";
import type { DocName, UpdateLog } from "../../server/store/updates";

type Entry = { mapId: string; doc: DocName; update: Uint8Array };

function fakeLog(storeMany: (entries: readonly Entry[]) => void): UpdateLog {
  return {
    fetch: () => ({ update: undefined, rows: 0, bytes: 0 }),
    store: () => {},
    storeMany,
    compact: () => {},
    rows: () => 0,
  };
}

function updateSetting(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("meta").set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

const title = (room: DocRoom): unknown => room.doc.getMap("meta").get("title");
const scenario = (room: DocRoom): unknown => room.doc.getMap("meta").get("scenario");
const nextTurn = () => new Promise((r) => setImmediate(r));

describe("the write batch", () => {
  it("stores the updates of one turn in one call, before any of them is applied", async () => {
    const calls: { entries: number; titleSeen: unknown; scenarioSeen: unknown }[] = [];
    // What the document shows at the moment the log is written.
    const seen = { room: null as DocRoom | null };
    const log = fakeLog((entries) => {
      const r = seen.room!;
      calls.push({ entries: entries.length, titleSeen: title(r), scenarioSeen: scenario(r) });
    });
    const batch = new WriteBatch(log);
    const room = new DocRoom("m_1", "main", log, () => {}, undefined, batch);
    seen.room = room;
    room.receive(updateSetting("title", "Moving house"), "a");
    room.receive(updateSetting("scenario", "I move to Berlin"), "b");
    expect(title(room)).toBeUndefined();
    expect(room.pendingBytes).toBeGreaterThan(0);
    await nextTurn();
    expect(calls).toEqual([{ entries: 2, titleSeen: undefined, scenarioSeen: undefined }]);
    expect(title(room)).toBe("Moving house");
    expect(scenario(room)).toBe("I move to Berlin");
    room.destroy();
  });

  it("applies nothing when the log refuses, and logs why", async () => {
    const lines: string[] = [];
    const log = fakeLog(() => {
      throw new Error("disk full");
    });
    const batch = new WriteBatch(log);
    const room = new DocRoom("m_2", "main", log, (line) => lines.push(line), undefined, batch);
    room.receive(updateSetting("title", "Lost?"), "a");
    await nextTurn();
    expect(title(room)).toBeUndefined();
    expect(lines.join("\n")).toMatch(/could not take an update of m_2\/main: Error: disk full/);
    room.destroy();
  });

  it("flushes at once when asked (before a document unloads)", () => {
    const stored: Entry[] = [];
    const log = fakeLog((entries) => void stored.push(...entries));
    const batch = new WriteBatch(log);
    const room = new DocRoom("m_3", "main", log, () => {}, undefined, batch);
    room.receive(updateSetting("title", "Now"), "a");
    batch.flush();
    expect(stored.map((e) => e.mapId)).toEqual(["m_3"]);
    expect(title(room)).toBe("Now");
    room.destroy();
  });
});
