// Group commit: the editors' updates that arrive in one turn of the event loop are written to the log in
// one SQLite transaction (one disk sync), and only then applied to their documents and forwarded. Nothing is
// applied before it is on disk, so no reader (a joining client, an export) can see a change the disk lacks.
import type { UpdateLog } from "../store/updates";
import type { DocRoom } from "./docRoom";

interface Pending {
  room: DocRoom;
  update: Uint8Array;
  origin: unknown;
}

export class WriteBatch {
  private pending: Pending[] = [];
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly log: UpdateLog) {}

  /** Queues an update from a client; it is stored, applied and forwarded after the current turn. */
  add(room: DocRoom, update: Uint8Array, origin: unknown): void {
    this.pending.push({ room, update, origin });
    this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Bytes queued for a room, for its size limit. */
  pendingBytes(room: DocRoom): number {
    let bytes = 0;
    for (const p of this.pending) if (p.room === room) bytes += p.update.byteLength;
    return bytes;
  }

  /** Stores every queued update in one transaction, then applies each in arrival order. */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      this.log.storeMany(batch.map((p) => ({ mapId: p.room.mapId, doc: p.room.name, update: p.update })));
    } catch (error) {
      // Nothing was applied or forwarded; the senders still hold their changes and send them again on reconnect.
      for (const p of batch) p.room.refuse(p.origin, error);
      return;
    }
    for (const p of batch) {
      try {
        p.room.applyStored(p.update, p.origin);
      } catch (error) {
        p.room.refuse(p.origin, error);
      }
    }
  }
}
