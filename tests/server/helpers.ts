// Shared helpers for the server tests: a real server on port 0 with a temp DATA_DIR, API calls,
// y-websocket clients and raw sockets, and polling for a condition instead of sleeping.
import { mkdtemp, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { WebSocket } from "ws";
import { z } from "zod";
import Database from "better-sqlite3";
import { startServer, type RunningServer, type StartOptions } from "../../server/app";
import { DB_FILE } from "../../server/store/db";

export const root = resolve(import.meta.dirname, "../..");
export const phonePlan = (): unknown =>
  JSON.parse(readFileSync(join(root, "tests/fixtures/phone-plan.journey.json"), "utf8")) as unknown;

export interface TestServer {
  server: RunningServer;
  url: string;
  wsUrl: string;
  dataDir: string;
  /** Stops the server and starts a new one on the same DATA_DIR. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** How many maps the server's database under `dataDir` holds (read on its own connection, read-only). */
export function countMaps(dataDir: string): number {
  const db = new Database(join(dataDir, DB_FILE), { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM maps").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

export async function startTestServer(options: Partial<StartOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "outside-in-server-")));
  const start = () =>
    startServer({ port: 0, host: "127.0.0.1", staticDir: join(dataDir, "no-static"), ...options, dataDir });
  const t: TestServer = {
    server: await start(),
    url: "",
    wsUrl: "",
    dataDir,
    async restart() {
      await t.server.close();
      t.server = await start();
      t.url = t.server.url;
      t.wsUrl = t.url.replace(/^http/, "ws") + "/ws";
    },
    async stop() {
      await t.server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  t.url = t.server.url;
  t.wsUrl = t.url.replace(/^http/, "ws") + "/ws";
  return t;
}

const links = z.object({ owner: z.string(), edit: z.string(), comment: z.string(), view: z.string() });
export const createdSchema = z.object({ id: z.string(), links, tokens: links });
export type Created = z.infer<typeof createdSchema>;

export async function api(
  url: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== undefined) headers["Authorization"] = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? "GET",
    headers,
    ...(init.body !== undefined ? { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}

export async function createMap(url: string, body: unknown = { title: "Test map" }): Promise<Created> {
  const res = await api(url, "/api/maps", { method: "POST", body });
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
  return createdSchema.parse(res.body);
}

export async function waitFor(check: () => boolean, timeoutMs = 5000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closes: number[];
  destroy(): void;
}

/** A stock y-websocket client; `room` is the map id or `${id}/comments`. */
export function connect(wsUrl: string, room: string, token: string): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const client: Client = {
    doc,
    provider,
    closes: [],
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
  provider.on("connection-close", (event) => {
    if (event) client.closes.push(event.code);
  });
  return client;
}

/** The clients a test file opens on its server (`server()` at the time), to close all of them after each test. */
export function clientsOf(server: () => TestServer) {
  const clients: Client[] = [];
  return {
    open(room: string, token: string): Client {
      const c = connect(server().wsUrl, room, token);
      clients.push(c);
      return c;
    },
    closeAll(): void {
      for (const c of clients.splice(0)) c.destroy();
    },
  };
}

export async function synced(client: Client): Promise<void> {
  await waitFor(() => client.provider.synced, 5000, "sync");
}

/** A raw socket that records how it was closed. */
export function rawSocket(
  url: string,
  options: { origin?: string; protocols?: string[]; headers?: Record<string, string>; autoPong?: boolean } = {},
): { ws: WebSocket; closed: Promise<{ code: number; reason: string }>; opened: Promise<void>; messages: Uint8Array[] } {
  const ws = new WebSocket(url, options.protocols ?? [], {
    ...(options.origin ? { origin: options.origin } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.autoPong === false ? { autoPong: false } : {}),
  });
  const messages: Uint8Array[] = [];
  ws.on("message", (data: Buffer) => messages.push(new Uint8Array(data)));
  ws.on("error", () => {});
  const closed = new Promise<{ code: number; reason: string }>((done) =>
    ws.on("close", (code, reason) => done({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((done) => ws.on("open", () => done()));
  return { ws, closed, opened, messages };
}
