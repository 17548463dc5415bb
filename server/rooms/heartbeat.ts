// One timer per server pings every collaboration socket and cuts the ones that did not answer the last ping: a
// page whose laptop lid was shut or whose network went away never closes its socket, and would stay present.
import type { WebSocket, WebSocketServer } from "ws";

/** How often the server pings; a socket that has not answered by the next ping is cut. Tests may lower it. */
export const heartbeat = { intervalMs: 10_000 };

/** Sockets pinged and not heard from since; one set for the whole server, nothing per message. */
const unanswered = new WeakSet<WebSocket>();

function answered(this: WebSocket): void {
  unanswered.delete(this);
}

/** Lets the heartbeat hear a socket's pongs (once per socket, when it opens). */
export function watchSocket(ws: WebSocket): void {
  ws.on("pong", answered);
}

/**
 * Starts the ping timer of a server; it stops when the server closes. A cut socket closes as any other does, so
 * its room removes its presence for everyone at once (rooms/connection.ts). A socket still closing at the next
 * tick (a client that never answers a close frame) is cut too, instead of being held for ws's 30 s.
 */
export function startHeartbeat(wss: WebSocketServer, log: (line: string) => void): void {
  const timer = setInterval(() => {
    let cut = 0;
    for (const ws of wss.clients) {
      if (unanswered.has(ws)) {
        ws.terminate();
        cut += 1;
        continue;
      }
      unanswered.add(ws);
      if (ws.readyState === ws.OPEN) ws.ping();
    }
    if (cut > 0) log(`cut ${cut} websocket connection${cut === 1 ? "" : "s"} that stopped answering pings`);
  }, heartbeat.intervalMs);
  timer.unref();
  wss.on("close", () => clearInterval(timer));
}
