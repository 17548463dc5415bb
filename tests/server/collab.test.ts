// The collaboration endpoint with real sockets: convergence, roles, close codes, limits, persistence, rotation.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import * as decoding from "lib0/decoding";
import { readJourney, type Journey } from "../../src/doc";
import { generatedJourney } from "../export/journeys";
import { MESSAGE_SNAPSHOT, readSnapshot } from "../../src/doc/snapshotMessage";
import { addCard, deleteCards, setJourneyFields } from "../../src/doc/ops";
import { DELETIONS_SEEN_ROOT } from "../../src/doc/schema";
import { holderProbe } from "../../server/rooms/limits";
import {
  api,
  createMap,
  rawSocket,
  synced,
  startTestServer,
  waitFor,
  type Client,
  type Created,
  type TestServer,
  clientsOf,
} from "./helpers";
import {
  awarenessFrame,
  isUpdateFrame,
  liveUpdates,
  permissionDenials,
  someUpdate,
  step1Frame,
  syncSteps2,
  updateFrame,
} from "./protocol";

let t: TestServer;
let map: Created;
const clients = clientsOf(() => t);
const open = clients.open;
const title = (c: Client): string => readJourney(c.doc).title;
const cardTitles = (c: Client): string[] =>
  readJourney(c.doc)
    .cards.map((card) => card.title)
    .sort();

// The tests of a holder that does not answer wait out the probe: 2 s in use, time enough for a ping here.
const defaultHolderProbe = holderProbe.ms;
beforeAll(() => {
  holderProbe.ms = 500;
});
afterAll(() => {
  holderProbe.ms = defaultHolderProbe;
});
beforeEach(async () => {
  t = await startTestServer({ idleMs: 200 });
  map = await createMap(t.url, { title: "Shared map" });
});
afterEach(async () => {
  clients.closeAll();
  vi.restoreAllMocks();
  await t.stop();
});

function firstCell(doc: Y.Doc): { stageId: string; laneId: string } {
  const j = readJourney(doc);
  return { stageId: j.stages[0]?.id ?? "", laneId: j.lanes[0]?.id ?? "" };
}

describe("collaboration endpoint", () => {
  it("lets two editors converge and gives a later third client the full state", async () => {
    const a = open(map.id, map.tokens.owner);
    const b = open(map.id, map.tokens.edit);
    await Promise.all([synced(a), synced(b)]);
    expect(title(a)).toBe("Shared map");
    addCard(a.doc, { ...firstCell(a.doc), title: "From A" });
    addCard(b.doc, { ...firstCell(b.doc), title: "From B" });
    await waitFor(() => cardTitles(a).length === 2 && cardTitles(b).length === 2, 5000, "both cards everywhere");
    expect(cardTitles(a)).toEqual(["From A", "From B"]);
    expect(readJourney(a.doc)).toEqual(readJourney(b.doc));

    const c = open(map.id, map.tokens.view);
    await synced(c);
    await waitFor(() => cardTitles(c).length === 2, 5000, "late joiner state");
    expect(readJourney(c.doc)).toEqual(readJourney(a.doc));
  });

  it("never applies, stores or forwards a viewer's or commenter's change and answers permission-denied", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const editor = open(map.id, map.tokens.edit);
    const viewer = open(map.id, map.tokens.view);
    const commenter = open(map.id, map.tokens.comment);
    await Promise.all([synced(editor), synced(viewer), synced(commenter)]);
    setJourneyFields(viewer.doc, { title: "Viewer was here" });
    setJourneyFields(commenter.doc, { title: "Commenter was here" });
    await waitFor(() => warn.mock.calls.length >= 2, 5000, "two permission-denied answers");
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(
      expect.arrayContaining([expect.stringContaining("Permission denied")]),
    );
    // A later editor change still arrives, so nothing was lost in between.
    setJourneyFields(editor.doc, { owner: "Ops" });
    await waitFor(() => readJourney(viewer.doc).owner === "Ops", 5000, "editor change at the viewer");
    expect(title(editor)).toBe("Shared map");

    const fresh = open(map.id, map.tokens.owner);
    await synced(fresh);
    expect(title(fresh)).toBe("Shared map");
    clients.closeAll();
    await t.restart();
    const afterRestart = open(map.id, map.tokens.owner);
    await synced(afterRestart);
    await waitFor(() => readJourney(afterRestart.doc).owner === "Ops", 5000, "state after restart");
    expect(title(afterRestart)).toBe("Shared map");
  });

  it("takes an editor's note of what it had seen with its deletion, and no note from a viewer or commenter", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const editor = open(map.id, map.tokens.edit);
    const viewer = open(map.id, map.tokens.view);
    const commenter = open(map.id, map.tokens.comment);
    await Promise.all([synced(editor), synced(viewer), synced(commenter)]);
    const first = addCard(editor.doc, { ...firstCell(editor.doc), title: "Ich buche „online“" });
    addCard(editor.doc, { ...firstCell(editor.doc), title: "Ich zahle 89 €" });
    await waitFor(() => cardTitles(viewer).length === 2 && cardTitles(commenter).length === 2, 5000, "both cards");
    const notes = (c: Client): number => c.doc.getMap(DELETIONS_SEEN_ROOT).size;

    // Their pages write the deletion and its note into their own copies; the server takes neither.
    deleteCards(viewer.doc, [first]);
    deleteCards(commenter.doc, [first]);
    expect([notes(viewer), notes(commenter)]).toEqual([1, 1]);
    await waitFor(() => warn.mock.calls.length >= 2, 5000, "two permission-denied answers");
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}`);
    await raw.opened;
    const note = new Y.Doc();
    note.getMap(DELETIONS_SEEN_ROOT).set("1.0", { at: Date.now(), seen: { "1": 99 }, records: [1, 0] });
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(note)));
    await waitFor(() => permissionDenials(raw.messages).length === 1, 5000, "permission-denied");
    raw.ws.close();
    const fresh = open(map.id, map.tokens.owner);
    await synced(fresh);
    expect(cardTitles(fresh)).toEqual(["Ich buche „online“", "Ich zahle 89 €"]);
    expect(notes(fresh)).toBe(0);

    // An editor's deletion arrives with its note.
    deleteCards(editor.doc, [first]);
    await waitFor(() => cardTitles(fresh).length === 1 && notes(fresh) === 1, 5000, "the deletion and its note");
    expect(readJourney(fresh.doc)).toEqual(readJourney(editor.doc));
  });

  it("sends a page that asks with full=1 the whole document at once, and then only what changed since", async () => {
    const editor = open(map.id, map.tokens.edit);
    await synced(editor);
    addCard(editor.doc, { ...firstCell(editor.doc), title: "Before the page opened" });
    const watcher = open(map.id, map.tokens.view);
    await waitFor(() => cardTitles(watcher).length === 1, 5000, "the card on the server");

    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}&full=1`);
    // Without sending anything, the page gets the server's sync step 1 and the whole document.
    await waitFor(() => syncSteps2(raw.messages).length === 1, 5000, "the whole document");
    const page = new Y.Doc();
    const [whole] = syncSteps2(raw.messages);
    Y.applyUpdate(page, whole!);
    expect(cardTitles({ doc: page } as Client)).toEqual(["Before the page opened"]);

    // Its own sync step 1, written before it read that, is answered with what changed since: here one card.
    addCard(editor.doc, { ...firstCell(editor.doc), title: "While it started up" });
    await waitFor(() => raw.messages.filter(isUpdateFrame).length === 1, 5000, "the live update");
    raw.ws.send(step1Frame(new Y.Doc()));
    await waitFor(() => syncSteps2(raw.messages).length === 2, 5000, "the answer to its sync step 1");
    const answer = syncSteps2(raw.messages)[1]!;
    expect(answer.byteLength).toBeLessThan(whole!.byteLength / 2);
    const other = new Y.Doc();
    Y.applyUpdate(other, whole!);
    Y.applyUpdate(other, answer);
    expect(cardTitles({ doc: other } as Client)).toEqual(["Before the page opened", "While it started up"]);
    raw.ws.close();
  });

  it("sends a page that opens a big map with snapshot=1 the map as the reader reads it, before the document", async () => {
    const big = await createMap(t.url, { format: "outside-in.journey", version: 1, journey: generatedJourney(200) });
    const editor = open(big.id, big.tokens.edit);
    await synced(editor);
    addCard(editor.doc, { ...firstCell(editor.doc), title: "Ich vergleiche Tarife für 12 €" });
    const watcher = open(big.id, big.tokens.view);
    await waitFor(() => cardTitles(watcher).length === cardTitles(editor).length, 5000, "the card on the server");
    const snapshotOf = (frames: Uint8Array[]): Journey | null | undefined => {
      const frame = frames.find((f) => decoding.readVarUint(decoding.createDecoder(f)) === MESSAGE_SNAPSHOT);
      if (!frame) return undefined;
      const decoder = decoding.createDecoder(frame);
      decoding.readVarUint(decoder);
      return readSnapshot(decoder);
    };
    const typesOf = (frames: Uint8Array[]): number[] =>
      frames.map((f) => decoding.readVarUint(decoding.createDecoder(f)));

    const page = rawSocket(`${t.wsUrl}/${big.id}?token=${big.tokens.view}&full=1&snapshot=1`);
    await waitFor(() => syncSteps2(page.messages).length === 1, 5000, "the whole document");
    const kinds = typesOf(page.messages);
    expect(kinds.indexOf(MESSAGE_SNAPSHOT)).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf(MESSAGE_SNAPSHOT)).toBeLessThan(kinds.lastIndexOf(0));
    expect(snapshotOf(page.messages)).toEqual(readJourney(editor.doc));
    page.ws.close();

    // Nobody else gets one: not a client that does not ask, not the comments room, not a page opening a map small
    // enough to open fast without one.
    const others = [
      rawSocket(`${t.wsUrl}/${big.id}?token=${big.tokens.view}&full=1`),
      rawSocket(`${t.wsUrl}/${big.id}/comments?token=${big.tokens.view}&full=1&snapshot=1`),
      rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}&full=1&snapshot=1`),
    ];
    for (const other of others) {
      await waitFor(() => syncSteps2(other.messages).length === 1, 5000, "the document");
      expect(typesOf(other.messages)).not.toContain(MESSAGE_SNAPSHOT);
      other.ws.close();
    }

    // The server keeps the snapshot until the map changes: the next page gets the change in it.
    addCard(editor.doc, { ...firstCell(editor.doc), title: "Later" });
    await waitFor(
      () => cardTitles(watcher).length === cardTitles(editor).length,
      5000,
      "the second card on the server",
    );
    const next = rawSocket(`${t.wsUrl}/${big.id}?token=${big.tokens.view}&full=1&snapshot=1`);
    await waitFor(() => syncSteps2(next.messages).length === 1, 5000, "the next page's document");
    expect(snapshotOf(next.messages)?.cards.map((c) => c.title)).toContain("Later");
    expect(snapshotOf(next.messages)).toEqual(readJourney(editor.doc));
    next.ws.close();
  });

  it("answers every later sync step 1 on a connection with only what the client was not sent yet", async () => {
    const editor = open(map.id, map.tokens.edit);
    await synced(editor);
    addCard(editor.doc, { ...firstCell(editor.doc), title: "A card the page must get once" });
    const watcher = open(map.id, map.tokens.view);
    await waitFor(() => cardTitles(watcher).length === 1, 5000, "the card on the server");
    const structs = (frame: Uint8Array): number => Y.decodeUpdate(frame).structs.length;

    // A page that asked for everything sends its own step 1, then one more (to confirm receipt), both written
    // before it read the whole document: neither answer sends the document again.
    const page = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}&full=1`);
    await page.opened;
    page.ws.send(step1Frame(new Y.Doc()));
    page.ws.send(step1Frame(new Y.Doc()));
    await waitFor(() => syncSteps2(page.messages).length === 3, 5000, "the document and two answers");
    const [whole, first, second] = syncSteps2(page.messages);
    expect(structs(whole!)).toBeGreaterThan(0);
    expect([structs(first!), structs(second!)]).toEqual([0, 0]);

    // The same for a client that did not ask for everything: its first step 1 brings the document, a later one
    // with the same (stale) state vector only what changed in between.
    const plain = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}`);
    await plain.opened;
    plain.ws.send(step1Frame(new Y.Doc()));
    await waitFor(() => syncSteps2(plain.messages).length === 1, 5000, "the answer to its first step 1");
    addCard(editor.doc, { ...firstCell(editor.doc), title: "In between" });
    await waitFor(() => plain.messages.filter(isUpdateFrame).length === 1, 5000, "the live update");
    plain.ws.send(step1Frame(new Y.Doc()));
    await waitFor(() => syncSteps2(plain.messages).length === 2, 5000, "the answer to its second step 1");
    const [all, later] = syncSteps2(plain.messages);
    const inBetween = liveUpdates(plain.messages);
    expect(structs(later!)).toBe(structs(inBetween[0]!));
    expect(structs(later!)).toBeLessThan(structs(all!));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, all!);
    for (const update of inBetween) Y.applyUpdate(doc, update);
    Y.applyUpdate(doc, later!);
    expect(cardTitles({ doc } as Client)).toEqual(cardTitles(editor));
    page.ws.close();
    plain.ws.close();
  });

  it("sends the whole document only after the client's sync step 1 when it does not ask for it", async () => {
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}`);
    await raw.opened;
    await new Promise((r) => setTimeout(r, 200));
    expect(syncSteps2(raw.messages)).toHaveLength(0);
    raw.ws.send(step1Frame(new Y.Doc()));
    await waitFor(() => syncSteps2(raw.messages).length === 1, 5000, "the answer to its sync step 1");
    const doc = new Y.Doc();
    Y.applyUpdate(doc, syncSteps2(raw.messages)[0]!);
    expect(title({ doc } as Client)).toBe("Shared map");
    raw.ws.close();
  });

  it("answers a raw write from a viewer with permission-denied and keeps the document unchanged", async () => {
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}`);
    await raw.opened;
    raw.ws.send(updateFrame(someUpdate("title", "Hacked")));
    await waitFor(() => permissionDenials(raw.messages).length === 1, 5000, "permission-denied");
    raw.ws.close();
    const info = await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.owner });
    expect(info.body).toMatchObject({ title: "Shared map" });
  });

  it("closes with 4401 for a missing or wrong token, 4404 for an unknown map and 4403 for a foreign origin", async () => {
    expect((await rawSocket(`${t.wsUrl}/${map.id}`).closed).code).toBe(4401);
    expect((await rawSocket(`${t.wsUrl}/${map.id}?token=wrong-token-value`).closed).code).toBe(4401);
    expect((await rawSocket(`${t.wsUrl}/${map.id}/comments?token=nope`).closed).code).toBe(4401);
    expect((await rawSocket(`${t.wsUrl}/AAAAAAAAAAAAAAAAAAAAAA?token=${map.tokens.owner}`).closed).code).toBe(4404);
    const foreign = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.owner}`, { origin: "https://evil.example" });
    expect((await foreign.closed).code).toBe(4403);
  });

  it("takes a token with blanks around it in the token parameter, as the HTTP API takes it in its header", async () => {
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${encodeURIComponent(` ${map.tokens.view}\n `)}`);
    await raw.opened;
    await waitFor(() => raw.messages.length > 0, 5000, "sync step 1 from the server");
    raw.ws.close();
    const spaced = await fetch(`${t.url}/api/maps/${map.id}`, {
      headers: { authorization: `Bearer ${map.tokens.view} ` },
    });
    expect(spaced.status).toBe(200);
  });

  it("accepts the token as a WebSocket subprotocol and from the server's own origin", async () => {
    const raw = rawSocket(`${t.wsUrl}/${map.id}`, { protocols: [map.tokens.edit], origin: t.url });
    await raw.opened;
    await waitFor(() => raw.messages.length > 0, 5000, "sync step 1 from the server");
    expect(raw.ws.protocol).toBe(map.tokens.edit);
    raw.ws.close();
  });

  it("accepts a page whose origin is the host the request reached, as behind the Vite dev proxy", async () => {
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}`, {
      origin: "http://localhost:5173",
      headers: { Host: "localhost:5173" },
    });
    await raw.opened;
    await waitFor(() => raw.messages.length > 0, 5000, "sync step 1 from the server");
    raw.ws.close();
    const spoofed = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}`, { origin: "http://localhost:5173" });
    expect((await spoofed.closed).code).toBe(4403);
  });

  it("closes only the connection that sends an oversized message, with 4413", async () => {
    const other = open(map.id, map.tokens.edit);
    await synced(other);
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await raw.opened;
    raw.ws.send(new Uint8Array(3 * 1024 * 1024));
    expect((await raw.closed).code).toBe(4413);
    setJourneyFields(other.doc, { owner: "Still here" });
    const probe = open(map.id, map.tokens.view);
    await waitFor(() => probe.provider.synced && readJourney(probe.doc).owner === "Still here", 5000, "room alive");
  });

  it("survives 1,000 random garbage frames, reconnecting whenever one closes the socket, while another room keeps syncing", async () => {
    const second = await createMap(t.url, { title: "Other map" });
    const a = open(second.id, second.tokens.edit);
    const b = open(second.id, second.tokens.edit);
    await Promise.all([synced(a), synced(b)]);
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    let sent = 0;
    while (sent < 1000) {
      const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
      await raw.opened;
      while (sent < 1000 && raw.ws.readyState === raw.ws.OPEN) {
        const frame = new Uint8Array(1 + Math.floor(random() * 64));
        for (let i = 0; i < frame.length; i++) frame[i] = Math.floor(random() * 256);
        raw.ws.send(frame);
        sent++;
        if (sent % 50 === 0) await new Promise((r) => setTimeout(r, 5));
      }
      raw.ws.close();
      await raw.closed;
    }
    setJourneyFields(a.doc, { owner: "After garbage" });
    await waitFor(() => readJourney(b.doc).owner === "After garbage", 5000, "other room syncing");
    const health = await api(t.url, "/api/health");
    expect(health.status).toBe(200);
  });

  it("keeps every edit across a clean restart", async () => {
    const a = open(map.id, map.tokens.owner);
    await synced(a);
    for (let i = 0; i < 20; i++) addCard(a.doc, { ...firstCell(a.doc), title: `Card ${i}` });
    const seen = open(map.id, map.tokens.view);
    await waitFor(() => seen.provider.synced && cardTitles(seen).length === 20, 5000, "cards at a peer");
    clients.closeAll();
    await t.restart();
    const b = open(map.id, map.tokens.view);
    await synced(b);
    await waitFor(() => cardTitles(b).length === 20, 5000, "cards after restart");
    expect(readJourney(b.doc).cards.map((c) => c.title)).toEqual(readJourney(seen.doc).cards.map((c) => c.title));
  });

  it("unloads an idle document and serves it again from the log", async () => {
    const a = open(map.id, map.tokens.owner);
    await synced(a);
    setJourneyFields(a.doc, { owner: "Persisted" });
    const b = open(map.id, map.tokens.view);
    await waitFor(() => b.provider.synced && readJourney(b.doc).owner === "Persisted", 5000, "peer sees it");
    clients.closeAll();
    await new Promise((r) => setTimeout(r, 400));
    const c = open(map.id, map.tokens.view);
    await synced(c);
    await waitFor(() => readJourney(c.doc).owner === "Persisted", 5000, "reloaded state");
  });

  it("closes connections of a rotated link within a second and the old token gets 404", async () => {
    const viewer = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.view}`);
    const editor = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await Promise.all([viewer.opened, editor.opened]);
    const started = Date.now();
    const rotated = await api(t.url, `/api/maps/${map.id}/links/view/rotate`, {
      method: "POST",
      token: map.tokens.owner,
    });
    expect(rotated.status).toBe(200);
    const closed = await viewer.closed;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/replaced by the owner/);
    expect(editor.ws.readyState).toBe(editor.ws.OPEN);
    editor.ws.close();
    expect((await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.view })).status).toBe(404);
    const { token, link } = rotated.body as { token: string; link: string };
    expect(link).toBe(`${t.url}/m/${map.id}#token=${token}`);
    expect((await api(t.url, `/api/maps/${map.id}`, { token })).body).toMatchObject({ role: "viewer" });
  });

  it("drops a direct write to the comments document, even from the owner", async () => {
    const raw = rawSocket(`${t.wsUrl}/${map.id}/comments?token=${map.tokens.owner}`);
    await raw.opened;
    const fake = new Y.Doc();
    fake.getMap("comments").set("cm_fake", { id: "cm_fake", text: "forged" });
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(fake)));
    await waitFor(() => permissionDenials(raw.messages).length === 1, 5000, "permission-denied");
    raw.ws.close();
    const reader = open(`${map.id}/comments`, map.tokens.view);
    await synced(reader);
    expect(reader.doc.getMap("comments").size).toBe(0);
  });

  it("drops awareness states a client sets for someone else's client id", async () => {
    const watcher = open(map.id, map.tokens.view);
    await synced(watcher);
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await raw.opened;
    const mine = new Awareness(new Y.Doc());
    mine.setLocalState({ name: "Me" });
    raw.ws.send(awarenessFrame(mine, [mine.clientID]));
    await waitFor(() => watcher.provider.awareness.getStates().has(mine.clientID), 5000, "own state arrives");
    const other = new Awareness(new Y.Doc());
    other.setLocalState({ name: "Impostor" });
    raw.ws.send(awarenessFrame(other, [other.clientID]));
    raw.ws.send(step1Frame(new Y.Doc()));
    await new Promise((r) => setTimeout(r, 200));
    expect(watcher.provider.awareness.getStates().has(other.clientID)).toBe(false);
    raw.ws.close();
    await waitFor(() => !watcher.provider.awareness.getStates().has(mine.clientID), 5000, "state removed on close");
    mine.destroy();
    other.destroy();
  });

  it("hands a person's presence to their new connection when the old one ends later, without taking it off others' pages", async () => {
    // A page whose network came back opens a new socket before the server has seen the old one end: its state
    // waits while the old socket speaks for its client id, and goes out when the old one ends, in place of the
    // removal (which used to leave the person off everyone's page until their next change, up to 15 s).
    const watcher = open(map.id, map.tokens.view);
    await synced(watcher);
    const before = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await before.opened;
    const mine = new Awareness(new Y.Doc());
    mine.setLocalState({ name: "Ada", at: "before" });
    before.ws.send(awarenessFrame(mine, [mine.clientID]));
    await waitFor(() => watcher.provider.awareness.getStates().has(mine.clientID), 5000, "first state arrives");
    const after = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await after.opened;
    mine.setLocalState({ name: "Ada", at: "after" });
    after.ws.send(awarenessFrame(mine, [mine.clientID]));
    // y-websocket passes on every state its page takes in: the watcher's, which the server just sent the new page.
    const theirs = watcher.provider.awareness;
    after.ws.send(awarenessFrame(theirs, [theirs.clientID]));
    await new Promise((r) => setTimeout(r, 200));
    const removed: number[] = [];
    watcher.provider.awareness.on("change", ({ removed: gone }: { removed: number[] }) => removed.push(...gone));
    before.ws.close();
    await waitFor(
      () => watcher.provider.awareness.getStates().get(mine.clientID)?.["at"] === "after",
      5000,
      "the new connection's state",
    );
    expect(removed).not.toContain(mine.clientID);
    // The new connection speaks for the id from now on: its changes arrive, and its end takes the state away.
    mine.setLocalState({ name: "Ada", at: "later" });
    after.ws.send(awarenessFrame(mine, [mine.clientID]));
    await waitFor(() => watcher.provider.awareness.getStates().get(mine.clientID)?.["at"] === "later", 5000, "later");
    after.ws.close();
    await waitFor(() => !watcher.provider.awareness.getStates().has(mine.clientID), 5000, "state removed on close");
    mine.destroy();
  });

  it("cuts a connection that holds a client id and no longer answers, when a new one speaks for that id", async () => {
    // The old socket of a page whose network went: nothing comes back from it, not even an answer to a ping.
    const watcher = open(map.id, map.tokens.view);
    await synced(watcher);
    const dead = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`, { autoPong: false });
    await dead.opened;
    const mine = new Awareness(new Y.Doc());
    mine.setLocalState({ name: "Ada", at: "before" });
    dead.ws.send(awarenessFrame(mine, [mine.clientID]));
    await waitFor(() => watcher.provider.awareness.getStates().has(mine.clientID), 5000, "first state arrives");
    const removed: number[] = [];
    watcher.provider.awareness.on("change", ({ removed: gone }: { removed: number[] }) => removed.push(...gone));
    const back = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await back.opened;
    mine.setLocalState({ name: "Ada", at: "back" });
    back.ws.send(awarenessFrame(mine, [mine.clientID]));
    await waitFor(
      () => watcher.provider.awareness.getStates().get(mine.clientID)?.["at"] === "back",
      holderProbe.ms + 3000,
      "the new connection's state",
    );
    expect((await dead.closed).code).toBe(1006);
    expect(removed).not.toContain(mine.clientID);
    back.ws.close();
    mine.destroy();
  });

  it("keeps a client id with the connection that holds it while that one answers", async () => {
    const watcher = open(map.id, map.tokens.view);
    await synced(watcher);
    const holder = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await holder.opened;
    const mine = new Awareness(new Y.Doc());
    mine.setLocalState({ name: "Ada" });
    holder.ws.send(awarenessFrame(mine, [mine.clientID]));
    await waitFor(() => watcher.provider.awareness.getStates().has(mine.clientID), 5000, "own state arrives");
    const impostor = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await impostor.opened;
    const copy = new Awareness(new Y.Doc());
    copy.clientID = mine.clientID;
    copy.setLocalState({ name: "Impostor" });
    copy.setLocalState({ name: "Impostor" });
    impostor.ws.send(awarenessFrame(copy, [mine.clientID]));
    await new Promise((r) => setTimeout(r, holderProbe.ms + 500));
    expect(holder.ws.readyState).toBe(holder.ws.OPEN);
    expect(watcher.provider.awareness.getStates().get(mine.clientID)?.["name"]).toBe("Ada");
    holder.ws.close();
    impostor.ws.close();
    mine.destroy();
    copy.destroy();
  });

  it("forwards at most 30 awareness updates a second from a connection, and the last one always arrives", async () => {
    const watcher = open(map.id, map.tokens.view);
    await synced(watcher);
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await raw.opened;
    const mine = new Awareness(new Y.Doc());
    const seen: unknown[] = [];
    watcher.provider.awareness.on("change", ({ added, updated }: { added: number[]; updated: number[] }) => {
      if ([...added, ...updated].includes(mine.clientID))
        seen.push(watcher.provider.awareness.getStates().get(mine.clientID)?.["n"]);
    });
    // 60 states at once, as a client might send in a burst; the last ends a drag.
    for (let n = 1; n <= 60; n++) {
      mine.setLocalState({ n, dragging: n < 60 ? { cardId: "cd_1", x: n, y: n } : null });
      raw.ws.send(awarenessFrame(mine, [mine.clientID]));
    }
    await waitFor(() => seen.at(-1) === 60, 5000, "the last state arrives");
    expect(seen.length).toBeLessThanOrEqual(31);
    expect(seen.slice(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(watcher.provider.awareness.getStates().get(mine.clientID)?.["dragging"]).toBeNull();
    raw.ws.close();
    await waitFor(() => !watcher.provider.awareness.getStates().has(mine.clientID), 5000, "state removed on close");
    mine.destroy();
  });

  it("does not bring back the state of a connection that left while its last update waited", async () => {
    const watcher = open(map.id, map.tokens.view);
    await synced(watcher);
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await raw.opened;
    const mine = new Awareness(new Y.Doc());
    for (let n = 1; n <= 40; n++) {
      mine.setLocalState({ n });
      raw.ws.send(awarenessFrame(mine, [mine.clientID]));
    }
    await waitFor(() => watcher.provider.awareness.getStates().get(mine.clientID)?.["n"] === 30, 5000, "30 states");
    raw.ws.close();
    await waitFor(() => !watcher.provider.awareness.getStates().has(mine.clientID), 5000, "state removed on close");
    await new Promise((r) => setTimeout(r, 1200));
    expect(watcher.provider.awareness.getStates().has(mine.clientID)).toBe(false);
    mine.destroy();
  });

  it("refuses an update that would push the document past its size cap, with 4413, and stores nothing", async () => {
    await t.server.close();
    t = await startTestServer({ dataDir: t.dataDir, maxDocBytes: 64 * 1024 });
    const peer = open(map.id, map.tokens.view);
    await synced(peer);
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await raw.opened;
    raw.ws.send(updateFrame(someUpdate("scenario", "x".repeat(100 * 1024))));
    // What the connection sends after the refusal is not read, although it would fit.
    raw.ws.send(updateFrame(someUpdate("owner", "small")));
    expect((await raw.closed).code).toBe(4413);
    expect(permissionDenials(raw.messages)[0]).toMatch(/size limit/);
    expect(readJourney(peer.doc).scenario).toBeUndefined();
    await new Promise((r) => setTimeout(r, 200));
    expect(readJourney(peer.doc).owner).toBeUndefined();
    clients.closeAll();
    await t.restart();
    const after = open(map.id, map.tokens.view);
    await synced(after);
    expect(readJourney(after.doc).scenario).toBeUndefined();
    expect(readJourney(after.doc).title).toBe("Shared map");
  });

  /** The map served again with a 64 KiB size cap, an editor and a viewer on it. */
  async function cappedAt64KiB(): Promise<{ author: Client; peer: Client }> {
    await t.server.close();
    t = await startTestServer({ dataDir: t.dataDir, maxDocBytes: 64 * 1024 });
    const author = open(map.id, map.tokens.edit);
    const peer = open(map.id, map.tokens.view);
    await Promise.all([synced(author), synced(peer)]);
    return { author, peer };
  }
  const scratch = (c: Client) => c.doc.getMap("meta");

  it("merges away what deleted content left in the log before it refuses an update at the size cap", async () => {
    const { author, peer } = await cappedAt64KiB();
    scratch(author).set("x-draft", "ä".repeat(20 * 1024));
    await waitFor(() => scratch(peer).has("x-draft"), 5000, "the long draft");
    scratch(author).delete("x-draft");
    await waitFor(() => !scratch(peer).has("x-draft"), 5000, "the draft deleted");
    // The log still holds the deleted 40 KiB: 30 KiB more would pass the 64 KiB cap without merging.
    scratch(author).set("x-final", "ß".repeat(15 * 1024));
    await waitFor(() => scratch(peer).get("x-final") === "ß".repeat(15 * 1024), 5000, "the final text");
    clients.closeAll();
    await t.restart();
    const after = open(map.id, map.tokens.view);
    await synced(after);
    expect(scratch(after).get("x-final")).toBe("ß".repeat(15 * 1024));
    expect(scratch(after).has("x-draft")).toBe(false);
  });

  it("merges the log into the document as it is, without deleted content, so the map takes changes after a restart", async () => {
    const { author, peer } = await cappedAt64KiB();
    scratch(author).set("x-draft", "ä".repeat(20 * 1024));
    scratch(author).delete("x-draft");
    // 40 KiB deleted and 30 KiB kept: the merge this calls for must leave about 30 KiB, on disk too.
    scratch(author).set("x-final", "ß".repeat(15 * 1024));
    await waitFor(() => scratch(peer).get("x-final") === "ß".repeat(15 * 1024), 5000, "the final text");
    clients.closeAll();
    await t.restart();
    const editor = open(map.id, map.tokens.edit);
    const watcher = open(map.id, map.tokens.view);
    await Promise.all([synced(editor), synced(watcher)]);
    scratch(editor).set("x-note", "Noch änderbar");
    await waitFor(() => scratch(watcher).get("x-note") === "Noch änderbar", 5000, "a change after the restart");
    expect(scratch(watcher).has("x-draft")).toBe(false);
  });

  it("opens a map already past its size cap for an editor, and refuses only a change", async () => {
    const author = open(map.id, map.tokens.edit);
    const peer = open(map.id, map.tokens.view);
    await Promise.all([synced(author), synced(peer)]);
    author.doc.getMap("meta").set("x-long", "ä".repeat(20 * 1024));
    await waitFor(() => peer.doc.getMap("meta").has("x-long"), 5000, "the long text");
    clients.closeAll();
    // Served with a lower cap than the map already takes (an operator lowered it).
    await t.server.close();
    t = await startTestServer({ dataDir: t.dataDir, maxDocBytes: 16 * 1024 });
    const raw = rawSocket(`${t.wsUrl}/${map.id}?token=${map.tokens.edit}`);
    await raw.opened;
    // What a page answers the server's sync step 1 with when it has nothing the server lacks.
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(new Y.Doc())));
    const early = await Promise.race([raw.closed, new Promise<null>((r) => setTimeout(() => r(null), 500))]);
    expect(early).toBeNull();
    expect(permissionDenials(raw.messages)).toEqual([]);
    raw.ws.send(updateFrame(someUpdate("owner", "small")));
    expect((await raw.closed).code).toBe(4413);
    expect(permissionDenials(raw.messages)[0]).toMatch(/size limit/);
  });
});
