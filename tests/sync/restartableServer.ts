// A real server with one map that a test can stop and start again on the same port and DATA_DIR, and what it
// holds of the map (its JSON export), for the sync tests of offline work and of unsent changes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { afterEach } from "vitest";
import { startServer } from "../../server/app";
import { openMapSession, type MapSession } from "../../src/sync/session";
import { createdSchema, NodeWebSocketPolyfill } from "./liveServer";

const storedJourney = z.object({
  journey: z.object({ stages: z.array(z.object({ name: z.string() })), cards: z.array(z.unknown()) }),
});

/** Starts a server with a map titled `title`; `cleanups` gets what closes it and removes its folder. */
export async function restartableServer(title: string, cleanups: (() => Promise<void>)[]) {
  const dataDir = await mkdtemp(join(tmpdir(), "outside-in-restartable-"));
  let server: Awaited<ReturnType<typeof startServer>> | null = await startServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
  });
  const port = server.port;
  const baseUrl = `http://127.0.0.1:${port}`;
  cleanups.push(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const response = await fetch(`${baseUrl}/api/maps`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title }),
  });
  const map = createdSchema.parse(await response.json());
  const serverJourney = async (): Promise<{ stages: { name: string }[]; cards: unknown[] }> => {
    const res = await fetch(`${baseUrl}/api/maps/${map.id}/export?format=json`, {
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    return storedJourney.parse(await res.json()).journey;
  };
  return {
    map,
    dataDir,
    baseUrl,
    async stop(): Promise<void> {
      await server?.close();
      server = null;
    },
    async start(): Promise<void> {
      server = await startServer({ port, host: "127.0.0.1", dataDir });
    },
    /** The map the server holds (its JSON export), whatever a browser keeps. */
    serverJourney,
    /** True when the map the server holds has a stage of this name. */
    async hasStage(name: string): Promise<boolean> {
      return (await serverJourney()).stages.some((s) => s.name === name);
    },
    /** Waits until the map the server holds has a stage of this name. */
    async untilStage(name: string, timeoutMs = 8000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!(await serverJourney()).stages.some((s) => s.name === name)) {
        if (Date.now() > deadline) throw new Error(`the server never got the stage "${name}"`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/**
 * Restartable servers for a test file, each with its pages (sessions of the map, on the edit link unless told, over
 * `WebSocketPolyfill`, a network a test may hold back):
 * every page and server a test opened is closed after it, and the browser's localStorage cleared.
 */
export function withRestartableServers(WebSocketPolyfill: typeof WebSocket = NodeWebSocketPolyfill) {
  const open: MapSession[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) s.destroy();
    for (const c of cleanups.splice(0)) await c();
    if (typeof localStorage !== "undefined") localStorage.clear();
  });
  return async (title: string) => {
    const server = await restartableServer(title, cleanups);
    return {
      ...server,
      async page(token = server.map.tokens.edit): Promise<MapSession> {
        const s = await openMapSession({
          mapId: server.map.id,
          token,
          baseUrl: server.baseUrl,
          WebSocketPolyfill,
        });
        open.push(s);
        return s;
      },
      /** Closes a page as a tab closes, before the test ends. */
      close(page: MapSession): void {
        page.destroy();
        open.splice(open.indexOf(page), 1);
      },
    };
  };
}
