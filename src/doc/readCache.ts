// Reading a document again after a change, re-reading only the records the change touched: on a map of 2,000
// cards, a full reading after each keystroke or drop took some 20 ms, and comparing it with the snapshot before
// (to keep unchanged records as the same objects) 12 ms more.
import * as Y from "yjs";
import type { Journey } from "./records/journey";
import { readJourney } from "./read";
import { ROOTS, type CollectionName, type RecordMap } from "./schema";

/** What a record read as (undefined: unusable), and whether its emotion is the emotions lane's default. */
export interface ReadCacheEntry {
  value: unknown;
  fixed: boolean;
}

export interface ReadCache {
  get(record: RecordMap): ReadCacheEntry | undefined;
  set(record: RecordMap, entry: ReadCacheEntry): void;
}

const COLLECTIONS: readonly CollectionName[] = ["stages", "lanes", "cards", "connections"];

export interface JourneyReader {
  /** The same journey as readJourney(doc), with every record unchanged since the last reading as the same object. */
  read(): Journey;
  /**
   * Takes the objects of `shown` for the next readings: a snapshot made from the last reading in which some
   * records were replaced by equal ones (src/store/share.ts), so that they stay the same objects from then on.
   */
  adopt(shown: Journey): void;
  dispose(): void;
}

/** A reader of `doc` that forgets a record's reading whenever a change touches the record or anything in it. */
export function journeyReader(doc: Y.Doc): JourneyReader {
  const entries = new WeakMap<RecordMap, ReadCacheEntry>();
  const cache: ReadCache = { get: (r) => entries.get(r), set: (r, e) => void entries.set(r, e) };
  const roots: [CollectionName, Y.Map<unknown>][] = [];
  const stops: (() => void)[] = [];
  for (const name of COLLECTIONS) {
    let root: Y.Map<unknown>;
    try {
      root = doc.getMap(ROOTS[name]);
    } catch {
      continue; // made as another type by code in this process: reading finds nothing in it either
    }
    // Deep events come before the transaction's end, so a reading after it never sees a stale record.
    const forget = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      for (const event of events) {
        const key = event.path[0];
        if (typeof key !== "string") continue; // the collection itself: records added or removed
        const record = root.get(key);
        if (record instanceof Y.Map) entries.delete(record as RecordMap);
      }
    };
    root.observeDeep(forget);
    roots.push([name, root]);
    stops.push(() => root.unobserveDeep(forget));
  }
  return {
    read: () => readJourney(doc, undefined, cache),
    adopt(shown) {
      for (const [name, root] of roots) {
        for (const item of shown[name] as readonly { id: string }[]) {
          const record = root.get(item.id);
          const entry = record instanceof Y.Map ? entries.get(record as RecordMap) : undefined;
          if (entry !== undefined && entry.value !== undefined) entry.value = item;
        }
      }
    },
    dispose() {
      for (const stop of stops) stop();
    },
  };
}
