// Turns for PNG exports in the server: a few drawn at once, a short line waiting, the rest answered 503 with Retry-After.
import type { ServerResponse } from "node:http";
import { HttpError } from "./respond";

export const PNG_BUSY = "The server is drawing too many PNG exports at once; try again in a few seconds.";

/** At most `running` PNGs drawn at once and `waiting` more in line, each waiting at most `waitMs` (tests change them). */
export const pngLimits = { running: 2, waiting: 4, waitMs: 15_000, retryAfterSeconds: 5 };

let running = 0;
const line: Array<() => void> = [];

/** How many PNG exports are drawn and how many wait for their turn now. */
export const pngTurns = (): { running: number; waiting: number } => ({ running, waiting: line.length });

/** Waits for a free turn; refuses at once when the line is full, after waitMs, or when `gone` fires. */
function takeTurn(gone: AbortSignal): Promise<boolean> {
  if (running < pngLimits.running) {
    running++;
    return Promise.resolve(true);
  }
  if (line.length >= pngLimits.waiting || gone.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const leave = (taken: boolean) => {
      clearTimeout(timer);
      gone.removeEventListener("abort", refuse);
      const at = line.indexOf(start);
      if (at >= 0) line.splice(at, 1);
      if (taken) running++;
      resolve(taken);
    };
    const start = () => leave(true);
    const refuse = () => leave(false);
    const timer = setTimeout(refuse, pngLimits.waitMs);
    gone.addEventListener("abort", refuse, { once: true });
    line.push(start);
  });
}

function giveBack(): void {
  running--;
  line[0]?.();
}

/** Draws a PNG in its turn; a request that cannot have one is answered 503 with Retry-After, and nothing is drawn. */
export async function inPngTurn<T>(res: ServerResponse, draw: () => Promise<T>): Promise<T> {
  // A client that hangs up while waiting leaves the line (the response closes before it was written).
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once("close", onClose);
  try {
    if (!(await takeTurn(gone.signal))) {
      res.setHeader("Retry-After", String(pngLimits.retryAfterSeconds));
      throw new HttpError(503, PNG_BUSY);
    }
  } finally {
    res.off("close", onClose);
  }
  try {
    return await draw();
  } finally {
    giveBack();
  }
}
