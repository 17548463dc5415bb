// Appends update rows from a worker thread, so the event loop never waits for the disk: a commit with
// synchronous=FULL is a write and an fsync (0.3 ms typically here, but 4-7 ms at its p99), and while the loop waited
// for it every other map's messages waited too. Now one batch is on its way to disk at a time; rows that arrive
// meanwhile go together in the next transaction (so a slow fsync is paid once, not once per row behind it).
import { Worker } from "node:worker_threads";

type Row = [mapId: string, doc: string, data: Uint8Array];
type Waiter = { resolve: () => void; reject: (error: Error) => void };

export class CommitQueue {
  private worker: Worker | undefined;
  private queued: Row[] = [];
  private queuedWaiters: Waiter[] = [];
  private inFlight: Waiter[] | undefined;
  private failure: Error | undefined;
  private closed: Promise<void> | undefined;
  private onIdle: (() => void)[] = [];

  constructor(private readonly file: string) {}

  /** Resolves once the row is committed to disk; rejects if its transaction failed. Rows commit in call order. */
  append(mapId: string, doc: string, data: Uint8Array): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("The update log is closed."));
    return new Promise((resolve, reject) => {
      this.queued.push([mapId, doc, data]);
      this.queuedWaiters.push({ resolve, reject });
      if (!this.inFlight) this.send();
    });
  }

  /** Waits for every appended row, then stops the worker. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      await new Promise<void>((done) => (this.inFlight ? this.onIdle.push(done) : done()));
      const worker = this.worker;
      if (!worker) return;
      const exited = new Promise<void>((done) => worker.once("exit", () => done()));
      worker.postMessage(null);
      await exited;
    })();
    return this.closed;
  }

  private send(): void {
    const worker = (this.worker ??= this.start());
    // The worker keeps the process alive only while a batch is on its way.
    worker.ref();
    this.inFlight = this.queuedWaiters;
    worker.postMessage(this.queued);
    this.queued = [];
    this.queuedWaiters = [];
  }

  private start(): Worker {
    const worker = new Worker(new URL("./commitWorker.mjs", import.meta.url), { workerData: { file: this.file } });
    worker.on("message", (error: string | null) => {
      const batch = this.inFlight ?? [];
      this.inFlight = undefined;
      for (const waiter of batch) {
        if (error === null) waiter.resolve();
        else waiter.reject(new Error(error));
      }
      if (this.queued.length > 0) this.send();
      else {
        worker.unref();
        for (const done of this.onIdle.splice(0)) done();
      }
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", () => this.fail(new Error("The update log's worker stopped.")));
    return worker;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiters = [...(this.inFlight ?? []), ...this.queuedWaiters];
    this.inFlight = undefined;
    this.queued = [];
    this.queuedWaiters = [];
    for (const waiter of waiters) waiter.reject(this.failure);
    for (const done of this.onIdle.splice(0)) done();
  }
}
