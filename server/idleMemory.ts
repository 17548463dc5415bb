// Gives the memory of a busy time back once the server goes idle (its last open document unloaded). V8 grows
// its young generation under load and keeps it; a full garbage collection shrinks it again, but only after
// allocation has been low for a few seconds, hence the wait. Without --expose-gc the collector is reached
// the way Jest's leak detector does it: the flag is set at run time and `gc` read from a fresh context.
// Before that first collection the store is asked to let go of what it holds for speed (SQLite's page cache).
// After the last one, the allocator is asked to hand what was freed back to the system (server/native/trim.ts):
// glibc keeps the freed middle of its heap otherwise, some 10 MB after a workshop of 200 people.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { trimAvailable, trimMemory } from "./native/trim";

/** How long the server must have stayed idle before it collects. */
export const IDLE_GC_DELAY_MS = 5_000;

type Gc = () => void;
let collector: Gc | null | undefined;

/** A full garbage collection, or null where none can be reached. */
export function fullGc(): Gc | null {
  if (collector !== undefined) return collector;
  const exposed = (globalThis as { gc?: Gc }).gc;
  if (typeof exposed === "function") return (collector = exposed);
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    collector = typeof gc === "function" ? (gc as Gc) : null;
  } catch {
    collector = null;
  }
  return collector;
}

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);

export interface IdleMemory {
  /** The server has nothing open any more: collect once it stayed so for IDLE_GC_DELAY_MS. */
  idle(): void;
  /** A document was opened: an idle collection still waiting is called off. */
  busy(): void;
}

/** Collections at most per idle time: like V8's own memory reducer, which gives up after three. */
const MAX_COLLECTIONS = 3;

/** The heap still holds this much more than it uses: worth another try. */
const roomy = (m: NodeJS.MemoryUsage): boolean => m.heapTotal > 1.5 * m.heapUsed + 8 * 1048576;

/**
 * `release` is called once per idle time, when the wait is over and before the first collection (so what it lets
 * go of is collected with the rest); nothing is open then. What it throws is logged.
 */
export function idleMemory(
  logger: (line: string) => void,
  delayMs = IDLE_GC_DELAY_MS,
  release?: () => void,
): IdleMemory {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (collections: number, startTotal: number): void => {
    timer = setTimeout(() => {
      timer = undefined;
      if (collections === 0 && release) {
        try {
          release();
        } catch (error) {
          logger(`idle: could not release the store's memory: ${String(error)}`);
        }
      }
      const gc = fullGc();
      if (!gc) return;
      gc();
      const now = process.memoryUsage();
      // V8 shrinks its young generation only once allocation has been low for a while, which one collection
      // right after the last unload (itself busy compacting) may not see yet.
      if (roomy(now) && collections + 1 < MAX_COLLECTIONS) {
        schedule(collections + 1, startTotal);
        return;
      }
      const collected = `idle: collected garbage ${collections + 1} time(s), V8 heap ${mb(startTotal)} MB -> ${mb(now.heapTotal)} MB`;
      if (!trimAvailable) return logger(collected);
      const before = process.memoryUsage.rss();
      trimMemory();
      logger(
        `${collected}, RSS ${mb(before)} MB -> ${mb(process.memoryUsage.rss())} MB after the freed memory went back`,
      );
    }, delayMs);
    timer.unref();
  };
  return {
    idle() {
      clearTimeout(timer);
      schedule(0, process.memoryUsage().heapTotal);
    },
    busy() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
