// Restoring a version is held to the map's size limit as a page's change is: past it the restore is refused with
// 413 and a sentence, and nothing is changed; a log that merged would leave room for it is merged first.
import { afterEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { join } from "node:path";
import { readJourney } from "../../src/doc";
import { deleteStage, setJourneyFields } from "../../src/doc/ops";
import { DB_FILE } from "../../server/store/db";
import { api, clientsOf, createMap, phonePlan, startTestServer, synced, waitFor } from "./helpers";
import type { Created, TestServer } from "./helpers";

let t: TestServer | undefined;
let now = Date.UTC(2026, 11, 6, 9, 0);
const clients = clientsOf(() => t!);
const KIB = 1024;

afterEach(async () => {
  clients.closeAll();
  await t?.stop();
  t = undefined;
});

interface VersionBody {
  id: string;
  kind: string;
  name?: string;
}
const versionsOf = async (map: Created): Promise<VersionBody[]> =>
  ((await api(t!.url, `/api/maps/${map.id}/versions`, { token: map.tokens.owner })).body as { versions: VersionBody[] })
    .versions;
const restore = (map: Created, id: string) =>
  api(t!.url, `/api/maps/${map.id}/versions/${id}/restore`, { method: "POST", token: map.tokens.edit });

/** The map's update log as stored, read on a connection of its own. */
function logOf(map: Created): { rows: number; bytes: number; sizes: number[]; data: string } {
  const db = new Database(join(t!.dataDir, DB_FILE), { readonly: true });
  try {
    const rows = db.prepare("SELECT data FROM updates WHERE map_id = ? AND doc = 'main' ORDER BY seq").all(map.id) as {
      data: Buffer;
    }[];
    const sizes = rows.map((r) => r.data.byteLength);
    return {
      rows: rows.length,
      bytes: sizes.reduce((a, b) => a + b, 0),
      sizes,
      data: rows.map((r) => r.data.toString("hex")).join(","),
    };
  } finally {
    db.close();
  }
}

/** The phone plan with a long description on every card: about 50 KiB of document. */
function longPlan(): unknown {
  const file = phonePlan() as { journey: { cards: { description?: string }[] } };
  file.journey.cards.forEach((card, i) => (card.description = `Card ${i}: ${"long notes ".repeat(300)}`));
  return file;
}

/**
 * A map made from the long plan (its Created version), emptied of every stage and card on a server with the usual
 * limit, saved as the named version "Bare", renamed "Emptied", then served by one whose limit is `maxDocBytes`.
 */
async function emptiedMap(maxDocBytes: number): Promise<{ map: Created; created: VersionBody; bare: VersionBody }> {
  t = await startTestServer({ idleMs: 100, now: () => now });
  const map = await createMap(t.url, longPlan());
  const editor = clients.open(map.id, map.tokens.edit);
  await synced(editor);
  expect(readJourney(editor.doc).cards.length).toBeGreaterThan(10);
  for (const stage of readJourney(editor.doc).stages) deleteStage(editor.doc, stage.id);
  const viewer = clients.open(map.id, map.tokens.view);
  await synced(viewer);
  await waitFor(() => readJourney(viewer.doc).cards.length === 0, 5000, "the emptied map");
  now += 60_000;
  const bare = (await api(t.url, `/api/maps/${map.id}/versions`, {
    method: "POST",
    token: map.tokens.edit,
    body: { name: "Bare" },
  })) as { status: number; body: VersionBody };
  expect(bare.status).toBe(201);
  setJourneyFields(editor.doc, { title: "Emptied" });
  await waitFor(() => readJourney(viewer.doc).title === "Emptied", 5000, "the new title");
  clients.closeAll();
  await t.server.close();
  t = await startTestServer({ dataDir: t.dataDir, idleMs: 100, now: () => now, maxDocBytes });
  const created = (await versionsOf(map)).find((v) => v.kind === "created")!;
  return { map, created, bare: bare.body };
}

describe("restoring a version at the map's size limit", () => {
  it("is refused with 413 and a sentence when the restore would pass the limit, and changes nothing", async () => {
    const { map, created, bare } = await emptiedMap(32 * KIB);
    const viewer = clients.open(map.id, map.tokens.view);
    await synced(viewer);
    const before = readJourney(viewer.doc);
    const versions = await versionsOf(map);
    const log = logOf(map);
    const updatesAtViewer: number[] = [];
    viewer.doc.on("update", () => updatesAtViewer.push(1));

    now += 60_000;
    const refused = await restore(map, created.id);
    expect(refused.status).toBe(413);
    expect((refused.body as { error: string }).error).toBe(
      "Restoring this version would take the map past its size limit, so nothing was changed; " +
        "download the version and import it as a new map instead.",
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(updatesAtViewer).toEqual([]);
    expect(readJourney(viewer.doc)).toEqual(before);
    expect(await versionsOf(map)).toEqual(versions);
    expect(logOf(map)).toEqual(log);

    // A restore that fits still goes through: "Bare" gives the emptied map its first title back.
    const fits = await restore(map, bare.id);
    expect(fits.status).toBe(200);
    const title = (phonePlan() as { journey: { title: string } }).journey.title;
    await waitFor(() => readJourney(viewer.doc).title === title, 5000, "the restored title");
    expect(readJourney(viewer.doc)).toEqual({ ...before, title });
    expect((await versionsOf(map)).map((v) => v.kind)).toEqual(["beforeRestore", ...versions.map((v) => v.kind)]);
  });

  it("merges the log first when what deleted content left in it is all that passes the limit", async () => {
    t = await startTestServer({ idleMs: 100, now: () => now, maxDocBytes: 64 * KIB });
    const map = await createMap(t.url, longPlan());
    const editor = clients.open(map.id, map.tokens.edit);
    const viewer = clients.open(map.id, map.tokens.view);
    await Promise.all([synced(editor), synced(viewer)]);
    for (const stage of readJourney(editor.doc).stages) deleteStage(editor.doc, stage.id);
    await waitFor(() => readJourney(viewer.doc).cards.length === 0, 5000, "the emptied map");
    const created = (await versionsOf(map)).find((v) => v.kind === "created")!;
    const before = logOf(map);
    now += 60_000;
    const res = await restore(map, created.id);
    expect(res.status).toBe(200);
    const cards = (longPlan() as { journey: { cards: unknown[] } }).journey.cards.length;
    await waitFor(() => readJourney(viewer.doc).cards.length === cards, 5000, "the restored cards");
    // The log (still holding the deleted cards in its first row) and the restore's update pass the limit together;
    // the map merged and the update do not, so the log was merged into one row and the update stored after it.
    const after = logOf(map);
    expect(before.rows).toBeGreaterThan(1);
    expect(before.bytes + after.sizes[1]!).toBeGreaterThan(64 * KIB);
    expect(after.rows).toBe(2);
  });
});
