// A real server with one map that a test can stop and start again on the same port and DATA_DIR, and what it
// holds of the map (its JSON export), for the sync tests of offline work and of unsent changes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { startServer } from "../../server/app";
import { createdSchema } from "./liveServer";

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
    async serverJourney(): Promise<{ stages: { name: string }[]; cards: unknown[] }> {
      const res = await fetch(`${baseUrl}/api/maps/${map.id}/export?format=json`, {
        headers: { Authorization: `Bearer ${map.tokens.owner}` },
      });
      return storedJourney.parse(await res.json()).journey;
    },
  };
}
