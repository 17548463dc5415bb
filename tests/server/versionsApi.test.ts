// The versions endpoints: who may use them, what they refuse (changing nothing), the version's file, and a restore
// that reaches an open page live and is still there after a restart.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readJourney } from "../../src/doc";
import { deleteStage } from "../../src/doc/ops";
import { parseJourneyText, parseJourneyValue } from "../../src/format";
import { api, clientsOf, createMap, phonePlan, startTestServer, synced, waitFor } from "./helpers";
import type { Created, TestServer } from "./helpers";

let t: TestServer;
let map: Created;
let now = Date.UTC(2026, 11, 6, 9, 0);
const clients = clientsOf(() => t);

beforeEach(async () => {
  now = Date.UTC(2026, 11, 6, 9, 0);
  t = await startTestServer({ idleMs: 100, now: () => now });
  map = await createMap(t.url, phonePlan());
});
afterEach(async () => {
  clients.closeAll();
  await t.stop();
});

interface VersionBody {
  id: string;
  createdAt: string;
  name?: string;
  kind: string;
  by?: string;
  cards: number;
  bytes: number;
  restoring?: { id: string; createdAt: string; name?: string };
}
const versionsOf = async (token = map.tokens.owner): Promise<VersionBody[]> => {
  const res = await api(t.url, `/api/maps/${map.id}/versions`, { token });
  expect(res.status).toBe(200);
  return (res.body as { versions: VersionBody[] }).versions;
};
const save = (body: unknown, token = map.tokens.edit, headers: Record<string, string> = {}) =>
  api(t.url, `/api/maps/${map.id}/versions`, { method: "POST", token, body, headers });
const restore = (id: string, token = map.tokens.edit, body?: unknown) =>
  api(t.url, `/api/maps/${map.id}/versions/${id}/restore`, { method: "POST", token, body });

describe("the versions endpoints", () => {
  it("list the Created version, and save a named one with its name trimmed, newest first", async () => {
    const [created] = await versionsOf();
    expect(created).toMatchObject({ kind: "created", createdAt: new Date(now).toISOString() });
    expect(created?.cards).toBeGreaterThan(10);
    now += 60_000;
    const res = await save({ name: "  Before the workshop ", by: "Anna" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^vr_/) as string,
      createdAt: new Date(now).toISOString(),
      name: "Before the workshop",
      kind: "named",
      by: "Anna",
      cards: created?.cards,
      bytes: created?.bytes,
    });
    const list = await versionsOf(map.tokens.edit);
    expect(list.map((v) => v.kind)).toEqual(["named", "created"]);
  });

  it("refuse viewers and commenters with 403, and wrong tokens or maps with 404, changing nothing", async () => {
    const [created] = await versionsOf();
    const id = created!.id;
    for (const token of [map.tokens.view, map.tokens.comment]) {
      const calls = [
        await api(t.url, `/api/maps/${map.id}/versions`, { token }),
        await save({ name: "Not allowed" }, token),
        await api(t.url, `/api/maps/${map.id}/versions/${id}`, { token }),
        await restore(id, token),
      ];
      for (const res of calls) {
        expect(res.status).toBe(403);
        expect((res.body as { error: string }).error).toBe(
          "Only the owner and editors of a map may see, save and restore its versions.",
        );
      }
    }
    for (const path of [`/api/maps/${map.id}/versions`, `/api/maps/nosuchmap00000/versions`]) {
      const wrong = await api(t.url, path, { token: "wrong-token" });
      expect(wrong.status).toBe(404);
    }
    expect((await restore("vr_nosuchversion")).status).toBe(404);
    expect((await api(t.url, `/api/maps/${map.id}/versions/vr_nope`, { token: map.tokens.owner })).status).toBe(404);
    expect(await versionsOf()).toEqual([created]);
  });

  it("refuse a bad name with a sentence and issues, and a page from another site, storing nothing", async () => {
    const cases: unknown[] = [
      {},
      { name: "   " },
      { name: "x".repeat(101) },
      { name: "two\nlines" },
      { name: "ok", extra: 1 },
      { name: 5 },
      "not an object",
    ];
    for (const body of cases) {
      const res = await save(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const answer = res.body as { error: string; issues?: { path: string; message: string }[] };
      expect(answer.error).toMatch(/\.$/);
      expect(answer.issues?.length).toBeGreaterThan(0);
    }
    const foreign = await save({ name: "From elsewhere" }, map.tokens.edit, { Origin: "http://evil.example" });
    expect(foreign.status).toBe(403);
    const [created] = await versionsOf();
    const foreignRestore = await api(t.url, `/api/maps/${map.id}/versions/${created!.id}/restore`, {
      method: "POST",
      token: map.tokens.owner,
      headers: { Origin: "http://evil.example" },
    });
    expect(foreignRestore.status).toBe(403);
    const own = await save({ name: "x".repeat(100) }, map.tokens.edit, { Origin: t.url });
    expect(own.status).toBe(201);
    expect((await versionsOf()).map((v) => v.kind)).toEqual(["named", "created"]);
  });

  it("give a version's journey file, named as the export names it with the version's date, that imports", async () => {
    const [created] = await versionsOf();
    const res = await fetch(`${t.url}/api/maps/${map.id}/versions/${created!.id}`, {
      headers: { Authorization: `Bearer ${map.tokens.edit}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const title = (phonePlan() as { journey: { title: string } }).journey.title;
    expect(res.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${title} (2026-12-06 09-00 UTC).json`).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    expect(res.headers.get("content-disposition")).toMatch(/filename="[^"]+-2026-12-06-09-00-UTC\.json"/);
    const text = await res.text();
    expect(Buffer.byteLength(text)).toBe(created!.bytes);
    const parsed = parseJourneyText(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const original = parseJourneyValue(phonePlan());
    if (!original.ok) throw new Error(original.error);
    const { comments: _c, ...withoutComments } = original.journey;
    expect(parsed.journey).toEqual({ ...withoutComments, id: map.id, cards: parsed.journey.cards });
    expect(parsed.journey.cards.map((c) => c.id).sort()).toEqual(original.journey.cards.map((c) => c.id).sort());
    const imported = await api(t.url, "/api/maps", { method: "POST", body: text });
    expect(imported.status).toBe(201);
  });

  it("restore a version into the open map as one live change, after saving the map as it was", async () => {
    const editor = clients.open(map.id, map.tokens.edit);
    const viewer = clients.open(map.id, map.tokens.view);
    await Promise.all([synced(editor), synced(viewer)]);
    const before = readJourney(editor.doc);
    const stage = before.stages[1]!;
    const cardsOfStage = before.cards.filter((c) => c.stageId === stage.id).map((c) => c.id);
    expect(cardsOfStage.length).toBeGreaterThan(0);
    now += 60_000;
    const named = (await save({ name: "Before the workshop" })).body as VersionBody;
    deleteStage(editor.doc, stage.id);
    await waitFor(() => readJourney(viewer.doc).stages.length === before.stages.length - 1, 5000, "the deletion");
    const updatesAtViewer: number[] = [];
    viewer.doc.on("update", () => updatesAtViewer.push(1));

    now += 60_000;
    const res = await restore(named.id, map.tokens.edit, { by: "Ben" });
    expect(res.status).toBe(200);
    const answer = res.body as { restored: VersionBody; saved: VersionBody };
    expect(answer.restored).toEqual(named);
    expect(answer.saved).toMatchObject({
      kind: "beforeRestore",
      name: 'Before restoring "Before the workshop"',
      by: "Ben",
      createdAt: new Date(now).toISOString(),
      cards: before.cards.length - cardsOfStage.length,
      restoring: { id: named.id, createdAt: named.createdAt, name: "Before the workshop" },
    });
    for (const client of [editor, viewer]) {
      await waitFor(() => readJourney(client.doc).stages.length === before.stages.length, 5000, "the stage back");
      expect(readJourney(client.doc)).toEqual(before);
    }
    expect(updatesAtViewer).toHaveLength(1);
    expect((await versionsOf()).map((v) => v.kind)).toEqual(["beforeRestore", "named", "created"]);

    // The map saved before the restore reads as the map did then: without the stage.
    const saved = await api(t.url, `/api/maps/${map.id}/versions/${answer.saved.id}`, { token: map.tokens.owner });
    const savedFile = parseJourneyValue(saved.body);
    if (!savedFile.ok) throw new Error(savedFile.error);
    expect(savedFile.journey.stages.map((s) => s.id)).not.toContain(stage.id);

    // Durable: after a restart the map opens restored.
    clients.closeAll();
    await t.restart();
    const later = clients.open(map.id, map.tokens.view);
    await synced(later);
    await waitFor(() => readJourney(later.doc).stages.length === before.stages.length, 5000, "the restored map");
    expect(readJourney(later.doc)).toEqual(before);
  });

  it("keeps a comment on a card of the restored stage on that card", async () => {
    const editor = clients.open(map.id, map.tokens.edit);
    await synced(editor);
    const j = readJourney(editor.doc);
    const card = j.cards.find((c) => c.stageId === j.stages[1]!.id)!;
    const commented = await api(t.url, `/api/maps/${map.id}/comments`, {
      method: "POST",
      token: map.tokens.edit,
      body: { anchor: { kind: "card", id: card.id }, text: "Keep this one", author: "Anna" },
    });
    expect(commented.status).toBe(201);
    const [created] = await versionsOf();
    deleteStage(editor.doc, j.stages[1]!.id);
    await waitFor(() => readJourney(editor.doc).stages.length === j.stages.length - 1, 5000, "the deletion");
    expect((await restore(created!.id)).status).toBe(200);
    await waitFor(() => readJourney(editor.doc).stages.length === j.stages.length, 5000, "the restore");
    const exported = await api(t.url, `/api/maps/${map.id}/export?format=json`, { token: map.tokens.view });
    const file = parseJourneyValue(exported.body);
    if (!file.ok) throw new Error(file.error);
    expect(file.journey.comments?.find((c) => c.text === "Keep this one")?.anchor).toMatchObject({
      kind: "card",
      id: card.id,
    });
  });

  it("refuse an 11th save or restore within a minute from one link and address with 429, storing nothing", async () => {
    const [created] = await versionsOf();
    for (let i = 1; i <= 9; i++) expect((await save({ name: `Round ${i}` })).status).toBe(201);
    expect((await restore(created!.id)).status).toBe(200);
    const stored = (await versionsOf()).length;
    const tooFast = await save({ name: "One too many" });
    expect(tooFast.status).toBe(429);
    expect((tooFast.body as { error: string }).error).toMatch(/too fast/);
    expect(Number(tooFast.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await restore(created!.id)).status).toBe(429);
    expect(await versionsOf()).toHaveLength(stored);
    // Another link has its own turns.
    expect((await save({ name: "The owner's" }, map.tokens.owner)).status).toBe(201);
  });
});
