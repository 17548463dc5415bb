// A real server on port 0 for a test file's map sessions: started before its tests, its sessions closed after
// each test, stopped after the file; with a map-creating call and a session opener through Node's `ws`.
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocket as NodeWebSocket } from "ws";
import { z } from "zod";
import { startServer } from "../../server/app";
import { openMapSession, type MapSession } from "../../src/sync/session";

export const createdSchema = z.object({
  id: z.string(),
  tokens: z.object({ owner: z.string(), edit: z.string(), comment: z.string(), view: z.string() }),
});
export type CreatedMap = z.infer<typeof createdSchema>;

/** Node 20 has no WebSocket; `ws` speaks the same protocol with a compatible surface. */
export const NodeWebSocketPolyfill = NodeWebSocket as unknown as typeof WebSocket;

export function withLiveServer(options: { WebSocketPolyfill?: typeof WebSocket } = {}) {
  const WebSocketPolyfill = options.WebSocketPolyfill ?? NodeWebSocketPolyfill;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let dataDir = "";
  const open: MapSession[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "outside-in-live-"));
    server = await startServer({ port: 0, host: "127.0.0.1", dataDir });
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.destroy();
  });
  afterAll(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const baseUrl = (): string => {
    if (!server) throw new Error("The server has not started yet.");
    return `http://127.0.0.1:${server.port}`;
  };
  return {
    baseUrl,
    /** Creates a map with this title, or from this journey file's text. */
    async createMap({ title = "T", file }: { title?: string; file?: string } = {}): Promise<CreatedMap> {
      const response = await fetch(`${baseUrl()}/api/maps`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: file ?? JSON.stringify({ title }),
      });
      expect(response.status).toBe(201);
      return createdSchema.parse(await response.json());
    },
    async session(mapId: string, token: string): Promise<MapSession> {
      const s = await openMapSession({ mapId, token, baseUrl: baseUrl(), WebSocketPolyfill });
      open.push(s);
      return s;
    },
  };
}

/** Polls `check` every 20 ms until it holds. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
