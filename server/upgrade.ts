// The /ws/:mapId[/comments] upgrade: accept, then check Origin, token and map before any document loads,
// closing with the contract's codes (4403, 4401, 4404) so clients can tell the user what went wrong.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { ServerContext } from "./context";
import { isMapId, sha256 } from "./ids";
import { fromForeignPage } from "./origin";
import { CLOSE, LIMITS } from "./rooms/limits";
import { closeTooLargeWith4413 } from "./rooms/messageSize";
import { startHeartbeat, watchSocket } from "./rooms/heartbeat";

const WS_PATH = /^\/ws\/([^/]+)(\/comments)?\/?$/;
const TOKEN_PREFIX = "token.";
const TOO_LARGE_UNGUARDED =
  "warning: this version of ws hides its receiver; messages over its limit close with 1009 instead of 4413.";

function offeredProtocols(req: IncomingMessage): string[] {
  const header = req.headers["sec-websocket-protocol"];
  if (!header) return [];
  return header
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

const protocolToken = (protocol: string): string =>
  protocol.startsWith(TOKEN_PREFIX) ? protocol.slice(TOKEN_PREFIX.length) : protocol;

export function createUpgradeHandler(ctx: ServerContext) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.wsMaxPayload,
    perMessageDeflate: false,
    // A browser that sent the token as a subprotocol needs one echoed back, or it drops the connection.
    handleProtocols: (protocols) => {
      const first = protocols.values().next();
      return first.done ? false : first.value;
    },
  });
  startHeartbeat(wss, ctx.logger);

  function admit(ws: WebSocket, req: IncomingMessage, url: URL, mapId: string, comments: boolean): void {
    ws.on("error", (error) => ctx.logger(`websocket error before joining: ${error.message}`));
    if (fromForeignPage(ctx, req)) {
      ws.close(CLOSE.forbidden, "This page may not open the map: its origin is not this server's.");
      return;
    }
    // Blanks around a token (a pasted link, a script's variable) are set aside, as the HTTP API's header reading does.
    const candidates = [url.searchParams.get("token") ?? "", ...offeredProtocols(req).map(protocolToken)]
      .map((token) => token.trim())
      .filter(Boolean);
    if (candidates.length === 0) {
      ws.close(CLOSE.unauthorized, "This link has no token; open the map from a share link.");
      return;
    }
    if (!isMapId(mapId) || !ctx.maps.exists(mapId)) {
      ws.close(CLOSE.unknownMap, "There is no such map.");
      return;
    }
    for (const token of candidates) {
      const role = ctx.maps.roleOf(mapId, token);
      if (!role) continue;
      const full = url.searchParams.get("full") === "1";
      const snapshot = url.searchParams.get("snapshot") === "1";
      ctx.rooms.join(mapId, comments ? "comments" : "main", { ws, role, tokenHash: sha256(token), full, snapshot });
      return;
    }
    ws.close(CLOSE.unauthorized, "This link is not valid (any more); ask the owner for a new one.");
  }

  let warned = false;
  const handler = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on("error", () => socket.destroy());
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      socket.destroy();
      return;
    }
    const match = WS_PATH.exec(url.pathname);
    if (!match) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    let mapId: string;
    try {
      mapId = decodeURIComponent(match[1] ?? "");
    } catch {
      mapId = "";
    }
    const comments = match[2] !== undefined;
    wss.handleUpgrade(req, socket, head, (ws) => {
      watchSocket(ws);
      if (!closeTooLargeWith4413(ws) && !warned) {
        warned = true;
        ctx.logger(TOO_LARGE_UNGUARDED);
      }
      try {
        admit(ws, req, url, mapId, comments);
      } catch (error) {
        ctx.logger(`could not admit a websocket: ${String(error)}`);
        ws.close(1011, "The server could not open this map.");
      }
    });
  };
  return { handler, wss };
}
