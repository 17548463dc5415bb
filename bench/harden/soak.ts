// Soak: clients edit and move about on many maps for a while, then all leave. Once the maps have unloaded (each
// map's log is compacted to one row when it unloads) and the server has collected as it does when idle, its
// memory must be back within 10 % of what it was before the load, measured the same way.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import * as Y from "yjs";
import { createMapOn, journeyFile, journeyOfCards } from "../lib/maps";
import { memoryAfterGc, type MemoryReport } from "../lib/memory";
import { residentByKind, sampleProcess, type ResidentByKind } from "../lib/proc";
import { rawClient, until, type RawClient } from "../lib/rawClient";
import { startOurs, type ServerProcess } from "../lib/servers";
import { IDLE_GC_DELAY_MS } from "../../server/idleMemory";

export interface SoakOptions {
  clients: number;
  maps: number;
  durationMs: number;
  idleMs: number;
  /** The server's wait before its idle collection (default: the server's own). */
  idleGcMs?: number;
  /**
   * How long V8 gets, once the server collected, to hand freed pages back before memory is read (default 2 s). The
   * RSS needs it; the heap used after a full GC does not.
   */
  settleMs?: number;
}

export interface SoakResult {
  writes: number;
  baseline: MemoryReport;
  after: MemoryReport;
  /** Where the resident memory of `baseline` and `after` sits, read from smaps right after each report. */
  baselineResident: ResidentByKind;
  afterResident: ResidentByKind;
  peakRss: number;
  /** Maps whose log was compacted to one row after everyone left: unloaded. */
  unloaded: number;
  maps: number;
  heapGrowth: number;
  rssGrowth: number;
}

const WRITE_MS = 2000;
const PRESENCE_MS = 1000;

async function openAndLeave(wsUrl: string, rooms: { id: string; token: string }[]): Promise<void> {
  for (const room of rooms) {
    const c = rawClient(wsUrl, room.id, { token: room.token });
    await until(() => c.synced, 10_000, "a warm-up client");
    c.close();
    await c.closed;
  }
}

const idleCollections = (server: ServerProcess): number =>
  (server.output().match(/^idle: collected garbage/gm) ?? []).length;

/**
 * Memory once the server has gone idle as it does in use: every map unloaded and its own idle collection done
 * (server/idleMemory.ts), plus a moment for V8 to hand the freed pages back; then read after one more GC, and
 * where its resident part sits.
 */
async function memoryWhenIdle(
  server: ServerProcess,
  collectionsBefore: number,
  idleMs: number,
  idleGcMs: number,
  settleMs: number,
): Promise<[MemoryReport, ResidentByKind]> {
  await until(
    () => idleCollections(server) > collectionsBefore,
    idleMs + 3 * idleGcMs + 20_000,
    "the server's collection once idle",
  );
  await new Promise((r) => setTimeout(r, settleMs));
  const report = await memoryAfterGc(server);
  return [report, residentByKind(server.pid)];
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-harden-soak-"));
  const idleGcMs = options.idleGcMs ?? IDLE_GC_DELAY_MS;
  const settleMs = options.settleMs ?? 2_000;
  const server = await startOurs(
    dataDir,
    { IDLE_MS: String(options.idleMs), IDLE_GC_MS: String(idleGcMs) },
    15_000,
    true,
  );
  const db = new Database(join(dataDir, "outside-in.sqlite"), { readonly: true });
  const rows = db.prepare<[string], { n: number }>(
    "SELECT COUNT(*) AS n FROM updates WHERE map_id = ? AND doc = 'main'",
  );
  const clients: RawClient[] = [];
  const timers: NodeJS.Timeout[] = [];
  try {
    const journey = journeyOfCards(60);
    const rooms = await Promise.all(
      Array.from({ length: options.maps }, async () => {
        const map = await createMapOn(server.url, journeyFile(journey));
        return { id: map.id, token: map.tokens.edit };
      }),
    );
    // Warm-up: every map loaded once and unloaded again, so code and caches that stay are in the baseline.
    await openAndLeave(server.wsUrl, rooms);
    const [baseline, baselineResident] = await memoryWhenIdle(
      server,
      idleCollections(server),
      options.idleMs,
      idleGcMs,
      settleMs,
    );

    let writes = 0;
    let peakRss = 0;
    for (let i = 0; i < options.clients; i++) {
      const room = rooms[i % rooms.length];
      if (!room) continue;
      const client = rawClient(server.wsUrl, room.id, { token: room.token });
      clients.push(client);
      const doc = new Y.Doc();
      doc.on("update", (u: Uint8Array) => client.sendUpdate(u));
      let clock = 0;
      const clientId = 2_000_000 + i;
      const write = (): void => {
        if (client.ws.readyState !== client.ws.OPEN) return;
        doc.getMap("soak").set(`c${i}`, `edit ${writes++} at ${Date.now()}`);
      };
      const presence = (): void =>
        client.sendAwareness(clientId, ++clock, { user: { name: `Soak ${i}` }, cursor: { x: clock % 900, y: i } });
      timers.push(setTimeout(() => timers.push(setInterval(write, WRITE_MS)), Math.random() * WRITE_MS));
      timers.push(setTimeout(() => timers.push(setInterval(presence, PRESENCE_MS)), Math.random() * PRESENCE_MS));
    }
    await until(() => clients.every((c) => c.synced), 60_000, "the soak clients");
    const end = Date.now() + options.durationMs;
    while (Date.now() < end) {
      peakRss = Math.max(peakRss, sampleProcess(server.pid).rssBytes);
      await new Promise((r) => setTimeout(r, Math.min(1000, Math.max(0, end - Date.now()))));
    }
    for (const t of timers) clearInterval(t);
    for (const c of clients) c.close();
    await Promise.all(clients.map((c) => c.closed));

    // Unloading compacts each map's log into one row; wait for all of them (or the limit).
    const compacted = () => rooms.filter((r) => (rows.get(r.id)?.n ?? 0) <= 1).length;
    const collections = idleCollections(server);
    await until(() => compacted() === rooms.length, options.idleMs + 15_000, "the maps to unload").catch(() => {});
    const [after, afterResident] = await memoryWhenIdle(server, collections, options.idleMs, idleGcMs, settleMs);
    return {
      writes,
      baseline,
      after,
      baselineResident,
      afterResident,
      peakRss,
      unloaded: compacted(),
      maps: rooms.length,
      heapGrowth: after.heapUsed / baseline.heapUsed - 1,
      rssGrowth: after.rss / baseline.rss - 1,
    };
  } finally {
    for (const t of timers) clearInterval(t);
    for (const c of clients) c.ws.terminate();
    db.close();
    await server.stop("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
}
