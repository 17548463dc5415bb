// Waits on a socket's events instead of polling: a condition that only a frame, a pong or the close can change is
// checked again when one of those arrives. Polling every 10 ms made each of the hardening runs' thousands of round
// trips (a burst's pongs, a case's answer) last at least 10 ms, which on loopback takes a millisecond or two.
import type { WebSocket } from "ws";

const EVENTS = ["message", "pong", "close"] as const;

/** Resolves once `check` holds, checked now and after each message, pong or close of `ws`; rejects after timeoutMs. */
export function whenSocket(ws: WebSocket, check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((done, fail) => {
    const recheck = (): void => {
      if (!check()) return;
      stop();
      done();
    };
    const timer = setTimeout(() => {
      stop();
      fail(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`));
    }, timeoutMs);
    const stop = (): void => {
      clearTimeout(timer);
      for (const event of EVENTS) ws.off(event, recheck);
    };
    // Added after the socket's own listeners (rawClient's), so these see what a frame changed.
    for (const event of EVENTS) ws.on(event, recheck);
  });
}
