// One run of the sync load: N raw clients over M maps of the same journey, one writer per map at 2 Hz and every
// client sending presence at 1 Hz; measures write-to-arrival latency at the other clients, server CPU and RSS.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { createMapOn, journeyFile, journeyOfCards, journeyUpdate } from "../lib/maps";
import { cpuPercent, sampleProcess } from "../lib/proc";
import { insertedStrings, rawClient, until, type RawClient } from "../lib/rawClient";
import { startOurs, startReference, type ServerProcess } from "../lib/servers";
import { percentile } from "../lib/stats";

export interface LoadSpec {
  clients: number;
  maps: number;
  warmupMs: number;
  windowMs: number;
  /** Cards in each map. */
  cards: number;
}

export interface LoadResult {
  latencies: number[];
  p50: number;
  p99: number;
  /** Share of the expected arrivals (writes in the window × other clients of the map) that arrived. */
  delivered: number;
  cpuPercent: number;
  rssBytes: number;
  writesPerSecond: number;
}

const WRITE_MS = 500;
const PRESENCE_MS = 1000;
const MARK = "L";

async function connectAll(clients: RawClient[], batch = 50): Promise<void> {
  for (let i = 0; i < clients.length; i += batch) {
    const some = clients.slice(i, i + batch);
    await until(() => some.every((c) => c.synced), 30_000, "clients to sync");
  }
}

export async function runLoad(kind: ServerProcess["kind"], spec: LoadSpec): Promise<LoadResult> {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-bench-sync-"));
  const server = kind === "ours" ? await startOurs(dataDir) : await startReference();
  const timers: NodeJS.Timeout[] = [];
  const clients: RawClient[] = [];
  try {
    const journey = journeyOfCards(spec.cards);
    const seed = journeyUpdate(journey);
    const rooms: { id: string; token: string }[] = [];
    for (let m = 0; m < spec.maps; m++) {
      if (kind === "ours") {
        const map = await createMapOn(server.url, journeyFile(journey));
        rooms.push({ id: map.id, token: map.tokens.edit });
      } else rooms.push({ id: `bench-map-${m}`, token: "" });
    }

    let measuring = false;
    let windowStart = Number.POSITIVE_INFINITY;
    const latencies: number[] = [];
    let writesInWindow = 0;
    const perMap = new Map<number, number>();
    const mapOf: number[] = [];
    for (let i = 0; i < spec.clients; i++) {
      const m = i % spec.maps;
      mapOf.push(m);
      perMap.set(m, (perMap.get(m) ?? 0) + 1);
      const room = rooms[m];
      if (!room) throw new Error("no room");
      const seeds = kind === "reference" && i < spec.maps;
      clients.push(
        rawClient(server.wsUrl, room.id, {
          ...(room.token ? { token: room.token } : {}),
          // The reference server imports nothing: the first client of each map brings the map's content.
          ...(seeds ? { step2: () => seed } : {}),
          onUpdate: (update, how) => {
            if (!measuring || how !== "update") return;
            const now = performance.now();
            for (const s of insertedStrings(update)) {
              // "L<writer>:<sent at>"; the reference server also echoes a write to its writer, which is no arrival.
              const [writer, sent] = s.startsWith(MARK) ? s.slice(1).split(":") : [];
              const sentAt = Number(sent);
              if (Number(writer) !== i && sentAt >= windowStart) latencies.push(now - sentAt);
            }
          },
        }),
      );
    }
    await connectAll(clients);

    let expected = 0;
    clients.forEach((client, i) => {
      const clientId = 1_000_000 + i;
      let clock = 0;
      const presence = (): void =>
        client.sendAwareness(clientId, ++clock, {
          user: { name: `Client ${i}` },
          cursor: { x: i % 800, y: clock % 600 },
        });
      timers.push(setTimeout(() => timers.push(setInterval(presence, PRESENCE_MS)), Math.random() * PRESENCE_MS));
      if (i >= spec.maps) return; // the first client of each map writes
      const doc = new Y.Doc();
      doc.on("update", (update: Uint8Array) => client.sendUpdate(update));
      const write = (): void => {
        doc.getMap("bench").set(`w${i}`, `${MARK}${i}:${performance.now()}`);
        if (performance.now() >= windowStart) {
          writesInWindow++;
          expected += (perMap.get(mapOf[i] ?? 0) ?? 1) - 1;
        }
      };
      timers.push(setTimeout(() => timers.push(setInterval(write, WRITE_MS)), Math.random() * WRITE_MS));
    });

    await new Promise((r) => setTimeout(r, spec.warmupMs));
    const before = sampleProcess(server.pid);
    measuring = true;
    windowStart = performance.now();
    await new Promise((r) => setTimeout(r, spec.windowMs));
    const after = sampleProcess(server.pid);
    for (const t of timers) clearInterval(t);
    // No more writes; the arrivals of the last ones are still counted.
    const writes = writesInWindow;
    const expectedArrivals = expected;
    await until(() => latencies.length >= expectedArrivals, 3000, "the last arrivals").catch(() => {});
    measuring = false;
    return {
      latencies,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      delivered: expectedArrivals === 0 ? 1 : Math.min(1, latencies.length / expectedArrivals),
      cpuPercent: cpuPercent(before, after),
      rssBytes: after.rssBytes,
      writesPerSecond: writes / (spec.windowMs / 1000),
    };
  } finally {
    for (const t of timers) clearInterval(t);
    for (const c of clients) c.ws.terminate();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
