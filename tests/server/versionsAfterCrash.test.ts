// Changes stored just before the server was killed (kill -9: no last leave, no shutdown, so no automatic version)
// get their version once the map is loaded again: when its last page leaves, as for any changed map.
import { afterEach, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readJourney } from "../../src/doc";
import { setJourneyFields } from "../../src/doc/ops";
import { parseJourneyValue } from "../../src/format";
import { api, connect, createMap, startTestServer, synced, waitFor } from "./helpers";
import { serveProcess } from "./serveProcess";
import type { Client, Created, TestServer } from "./helpers";

const children: ChildProcess[] = [];
const clients: Client[] = [];
let dataDir = "";
let t: TestServer | undefined;

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  if (t) await t.stop();
  t = undefined;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const serve = (dir: string) => serveProcess(dir, children);

const open = (url: string, room: string, token: string): Client => {
  const c = connect(url.replace(/^http/, "ws") + "/ws", room, token);
  clients.push(c);
  return c;
};

interface VersionBody {
  id: string;
  kind: string;
}
const versionsOf = async (url: string, map: Created): Promise<VersionBody[]> =>
  ((await api(url, `/api/maps/${map.id}/versions`, { token: map.tokens.owner })).body as { versions: VersionBody[] })
    .versions;

/**
 * A map whose owner field was changed and seen by a peer (so stored) on a server that is then killed with SIGKILL;
 * `beforeKill` runs on that server after the change.
 */
async function changedThenKilled(beforeKill: (url: string, map: Created) => Promise<void> = async () => {}) {
  dataDir = await mkdtemp(join(tmpdir(), "outside-in-crash-versions-"));
  const first = await serve(dataDir);
  const map = await createMap(first.url, { title: "Killed while edited" });
  const editor = open(first.url, map.id, map.tokens.edit);
  const peer = open(first.url, map.id, map.tokens.view);
  await Promise.all([synced(editor), synced(peer)]);
  setJourneyFields(editor.doc, { owner: "Changed just before the kill" });
  await waitFor(() => readJourney(peer.doc).owner === "Changed just before the kill", 5000, "the peer sees it");
  await beforeKill(first.url, map);
  first.child.kill("SIGKILL");
  await waitFor(() => first.child.signalCode !== null, 5000, "the kill");
  for (const c of clients.splice(0)) c.destroy();
  t = await startTestServer({ dataDir, idleMs: 60_000 });
  return map;
}

describe("versions after the server was killed", () => {
  it("saves an automatic version of the changes stored before the kill when the last page leaves", async () => {
    const map = await changedThenKilled();
    expect((await versionsOf(t!.url, map)).map((v) => v.kind)).toEqual(["created"]);
    const page = open(t!.url, map.id, map.tokens.edit);
    await synced(page);
    expect(readJourney(page.doc).owner).toBe("Changed just before the kill");
    page.destroy();
    let versions = await versionsOf(t!.url, map);
    for (const deadline = Date.now() + 5000; versions.length < 2 && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 50));
      versions = await versionsOf(t!.url, map);
    }
    expect(versions.map((v) => v.kind)).toEqual(["auto", "created"]);
    const auto = versions[0];
    const file = parseJourneyValue(
      (await api(t!.url, `/api/maps/${map.id}/versions/${auto!.id}`, { token: map.tokens.owner })).body,
    );
    if (!file.ok) throw new Error(file.error);
    expect(file.journey.owner).toBe("Changed just before the kill");
  });

  it("saves none when the changes before the kill are already in the map's latest version", async () => {
    const map = await changedThenKilled(async (url, killed) => {
      const res = await api(url, `/api/maps/${killed.id}/versions`, {
        method: "POST",
        token: killed.tokens.edit,
        body: { name: "Saved by hand" },
      });
      expect(res.status).toBe(201);
    });
    const page = open(t!.url, map.id, map.tokens.edit);
    await synced(page);
    page.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect((await versionsOf(t!.url, map)).map((v) => v.kind)).toEqual(["named", "created"]);
  });
});
