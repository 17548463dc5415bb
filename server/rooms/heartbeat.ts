// One timer per server pings every collaboration socket and cuts the ones that did not answer the last ping: a
// page whose laptop lid was shut or whose network went away never closes its socket, and would stay present.
import type { WebSocket, WebSocketServer } from "ws";

/** How often the server pings; a socket that has not answered by the next ping is cut. Tests may lower it. */
export const heartbeat = { intervalMs: 10_000 };

/** What the heartbeat needs of a socket (a ws WebSocket; tests pass stand-ins). */
export type BeatSocket = Pick<WebSocket, "bufferedAmount" | "readyState" | "OPEN" | "ping" | "terminate">;

/** Sockets pinged and not heard from since, with the output they still had queued then; nothing per message. */
const unanswered = new WeakMap<BeatSocket, number>();

function answered(this: WebSocket): void {
  unanswered.delete(this);
}

/** Lets the heartbeat hear a socket's pongs (once per socket, when it opens). */
export function watchSocket(ws: WebSocket): void {
  ws.on("pong", answered);
}

/**
 * One beat: cuts the sockets that did not answer the last ping and pings the others; returns how many it cut.
 * A ping waits behind what the server still has to send, so a socket whose queued output shrank since the last
 * beat is reading (a big map on a slow line) and gets another beat. `late` (the server was too busy to read the
 * answers in time) pings again without cutting anyone.
 */
export function beat(sockets: Iterable<BeatSocket>, late = false): number {
  let cut = 0;
  for (const ws of sockets) {
    const queued = ws.bufferedAmount;
    const before = unanswered.get(ws);
    if (before !== undefined && !late && !(queued > 0 && queued < before)) {
      ws.terminate();
      unanswered.delete(ws);
      cut += 1;
      continue;
    }
    unanswered.set(ws, queued);
    // A socket that is still closing is cut at the next beat if it has not closed by then.
    if (ws.readyState === ws.OPEN) ws.ping();
  }
  return cut;
}

/**
 * Starts the ping timer of a server; it stops when the server closes. A cut socket closes as any other does, so
 * its room removes its presence for everyone at once (rooms/connection.ts).
 */
export function startHeartbeat(wss: WebSocketServer, log: (line: string) => void): void {
  const intervalMs = heartbeat.intervalMs;
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    const cut = beat(wss.clients, now - last > intervalMs * 1.5);
    last = now;
    if (cut > 0) log(`cut ${cut} websocket connection${cut === 1 ? "" : "s"} that stopped answering pings`);
  }, intervalMs);
  timer.unref();
  wss.on("close", () => clearInterval(timer));
}
