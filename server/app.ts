// Starts the one-port server: static app, HTTP API and the collaboration endpoint, on SQLite under dataDir.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import type { AddressInfo } from "node:net";
import type { ServerContext } from "./context";
import { openDb, releaseMemory } from "./store/db";
import { mapStore } from "./store/maps";
import { updateLog } from "./store/updates";
import { authorStore } from "./store/authors";
import { versionStore } from "./store/versions";
import { Rooms } from "./rooms/registry";
import { readMeta } from "../src/doc";
import { idleMemory } from "./idleMemory";
import { CLOSE } from "./rooms/limits";
import { RateLimit } from "./comments/rateLimit";
import { handleApi } from "./http/api";
import { serveAppPage, serveStatic, wantsPage } from "./http/static";
import { HttpError, securityHeaders, sendError } from "./http/respond";
import { createUpgradeHandler } from "./upgrade";
import { closeBrowser } from "./png";

export interface StartOptions {
  port?: number;
  host?: string;
  dataDir: string;
  publicUrl?: string;
  createToken?: string;
  staticDir?: string;
  logger?: (line: string) => void;
  /** How long a document stays loaded without connections (default 30 s). */
  idleMs?: number;
  /** How long the server waits, once nothing is open, before it collects garbage (default 5 s). */
  idleGcMs?: number;
  /** Largest stored size of one document in bytes (default 20 MiB). */
  maxDocBytes?: number;
  /** Comments (and replies) one token may write per minute from one address (default 20). */
  commentsPerMinute?: number;
  /** Versions (saved or restored) one token may make per minute from one address (default 10). */
  versionsPerMinute?: number;
  /** The clock the map's versions are dated and spaced by (tests set their own). */
  now?: () => number;
}

export interface RunningServer {
  port: number;
  /** The address the server listens on. */
  url: string;
  /** The origin written into share links: PUBLIC_URL, or `url` without it. */
  publicUrl: string;
  close(): Promise<void>;
}

const DEFAULT_STATIC_DIR = resolve(import.meta.dirname, "..", "dist");

const originOf = (url: string): string => new URL(url).origin;

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const logger = options.logger ?? (() => {});
  const db = openDb(options.dataDir);
  const log = updateLog(db);
  // Once nothing is open: SQLite's cache and write-ahead log are given back before the idle collection.
  const releaseStore = (): void => {
    if (db.open && !releaseMemory(db)) logger("idle: the write-ahead log stays: another connection is using it");
  };
  const maps = mapStore(db);
  const versions = versionStore(db, options.now);
  const ctx: ServerContext = {
    db,
    maps,
    log,
    authors: authorStore(db),
    versions,
    rooms: new Rooms(
      log,
      options.idleMs ?? 30_000,
      logger,
      options.maxDocBytes,
      idleMemory(logger, options.idleGcMs, releaseStore),
      // The map's title is kept beside it when its document loads and unloads: the start page asks for the
      // titles of its maps, which then needs no document loaded.
      (room) => {
        if (room.name === "main") maps.keepTitle(room.mapId, readMeta(room.doc).title);
      },
      versions,
    ),
    commentLimit: new RateLimit(options.commentsPerMinute ?? 20, 60_000),
    versionLimit: new RateLimit(options.versionsPerMinute ?? 10, 60_000),
    publicUrl: "",
    allowedOrigins: new Set(),
    createToken: options.createToken || undefined,
    staticDir: options.staticDir ?? DEFAULT_STATIC_DIR,
    logger,
  };

  let headers: Record<string, string> = {};
  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
        await handleApi(ctx, req, res, url);
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "Only GET reads the app's files.");
      if (await serveStatic(req, res, url.pathname, ctx.staticDir)) return;
      if (wantsPage(req) && (await serveAppPage(req, res, ctx.staticDir, 404))) return;
      throw new HttpError(404, "There is nothing at this address.");
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        sendError(res, error);
        return;
      }
      logger(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendError(res, new HttpError(500, "Something went wrong on the server; nothing was changed."));
    }
  };

  const server = createServer((req, res) => void onRequest(req, res));
  const upgrade = createUpgradeHandler(ctx);
  server.on("upgrade", upgrade.handler);
  server.on("clientError", (_error, socket) => socket.destroy());

  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off("error", reject);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = host.includes(":") ? `[${host}]` : host;
  const ownUrl = `http://${hostForUrl}:${port}`;
  ctx.publicUrl = (options.publicUrl ?? ownUrl).replace(/\/+$/, "");
  ctx.allowedOrigins = new Set([originOf(ctx.publicUrl), originOf(ownUrl)]);
  if (host === "127.0.0.1") ctx.allowedOrigins.add(`http://localhost:${port}`);
  const wsOrigin = originOf(ctx.publicUrl).replace(/^http/, "ws");
  headers = securityHeaders(`${wsOrigin} ${originOf(ownUrl).replace(/^http/, "ws")}`);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        ctx.rooms.closeAll(CLOSE.goingAway, "The server is shutting down; reconnecting shortly.");
        for (const client of upgrade.wss.clients) client.close(CLOSE.goingAway, "The server is shutting down.");
        server.closeIdleConnections();
        setTimeout(() => {
          server.closeAllConnections();
          for (const client of upgrade.wss.clients) client.terminate();
        }, 1000).unref();
      });
      upgrade.wss.close();
      db.close();
      await closeBrowser();
    })();
    return closing;
  };

  return { port, url: ownUrl, publicUrl: ctx.publicUrl, close };
}
