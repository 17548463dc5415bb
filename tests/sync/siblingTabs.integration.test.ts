// Two tabs of one browser on the same map share its local copy. One of them makes a change while the server is
// down and is closed before the server is back; the other stays open. Once the server is back, the open tab sends
// what the closed one left in the copy: the change reaches the server and every colleague, not only the next visit.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import { readKeptUpdate } from "../../src/sync/localCopy";
import { waitFor } from "./liveServer";
import { withRestartableServers } from "./restartableServer";

const startServer = withRestartableServers();

async function copyHolds(mapId: string, stage: string): Promise<boolean> {
  const kept = await readKeptUpdate(mapId);
  if (kept === null) return false;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, kept);
  const has = readJourney(doc).stages.some((s) => s.name === stage);
  doc.destroy();
  return has;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("a tab closed with changes the server never got, beside another tab of the same browser", () => {
  it("has them sent by the open tab once the server is back", async () => {
    const server = await startServer("Zwei Tabs");
    const { map } = server;
    const first = await server.page();
    const second = await server.page();
    await waitFor(() => first.status() === "online" && second.status() === "online", "both tabs online");

    await server.stop();
    await waitFor(() => first.status() !== "online" && second.status() !== "online", "both tabs cut off");
    addStage(first.doc, { name: "Im ersten Tab – Größe „Ü“" });
    await until(() => copyHolds(map.id, "Im ersten Tab – Größe „Ü“"), "the change in the browser's copy");
    server.close(first);

    await server.start();
    await waitFor(() => second.status() === "online", "the open tab online again", 15000);
    await until(() => server.hasStage("Im ersten Tab – Größe „Ü“"), "the closed tab's change on the server");
    expect(readJourney(second.doc).stages.map((s) => s.name)).toContain("Im ersten Tab – Größe „Ü“");
  });
});
