// Memory per idle loaded map: RSS of the server before and after loading M maps (each opened by one client that
// synced and left), divided by M. Our server keeps an idle map loaded for 30 s, so this is read well within that.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMapOn, journeyFile, journeyOfCards, journeyUpdate } from "../lib/maps";
import { sampleProcess } from "../lib/proc";
import { rawClient, until } from "../lib/rawClient";
import { startOurs, startReference, type ServerProcess } from "../lib/servers";

export async function idleMapBytes(kind: ServerProcess["kind"], maps: number, cards: number): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-bench-idle-"));
  const server = kind === "ours" ? await startOurs(dataDir) : await startReference();
  try {
    const journey = journeyOfCards(cards);
    // The reference server imports nothing: its client brings the content. Ours has it from POST /api/maps.
    const seed = kind === "reference" ? journeyUpdate(journey) : undefined;
    const step2 = seed ? { step2: () => seed } : {};
    const rooms: { id: string; token?: string }[] = [];
    for (let m = 0; m < maps; m++) {
      if (kind === "ours") {
        const map = await createMapOn(server.url, journeyFile(journey));
        rooms.push({ id: map.id, token: map.tokens.edit });
      } else rooms.push({ id: `idle-map-${m}` });
    }
    // Warm the server with one map opened and closed, so code loaded on first use is not counted per map.
    const warm = rawClient(server.wsUrl, rooms[0]?.id ?? "", {
      ...(rooms[0]?.token ? { token: rooms[0].token } : {}),
      ...step2,
    });
    await until(() => warm.synced, 10_000, "the warm-up client");
    warm.close();
    await warm.closed;
    const before = sampleProcess(server.pid).rssBytes;
    for (const room of rooms.slice(1)) {
      const c = rawClient(server.wsUrl, room.id, { ...(room.token ? { token: room.token } : {}), ...step2 });
      await until(() => c.synced, 10_000, "a client to sync");
      c.close();
      await c.closed;
    }
    const after = sampleProcess(server.pid).rssBytes;
    return (after - before) / (maps - 1);
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
