// My presence in a map (name, colour, cursor, selection, a card I drag or edit, a stage or lane I rename, the part of
// the map I look at and whom I follow) and the peers I see.
import { useCallback, useMemo, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import { getIdentity } from "./identity";
import { peersOf, peersRenaming, type Dragging, type Peer, type PeerTag, type Point, type ViewRect } from "./peers";

export { getIdentity, setIdentity, subscribeIdentity, colorFor, PALETTE, type Identity } from "./identity";
export {
  parsePeer,
  MAX_FIELD_KEY,
  peersOf,
  peerParts,
  peerSelectionColors,
  peerDragPositions,
  peerTags,
  peersRenaming,
  type Peer,
  type PeerTag,
  type PeerIdentity,
  type Point,
  type Dragging,
  type ViewRect,
} from "./peers";

export interface PresencePatch {
  cursor?: Point | null;
  selection?: string[];
  /** The stages and lanes I have selected, so a colleague whose text I delete with one can be told it was me. */
  headers?: string[];
  dragging?: Dragging | null;
  /** The card whose title I am typing in place, so others see who is editing it. */
  editing?: string | null;
  /** The stage or lane whose name I am typing in place, so others see who is renaming it. */
  renaming?: string | null;
  /**
   * The side-panel field I am in, as `recordId:field` (`journey:owner`, `c_1:title`), so a colleague whose field I
   * change is told it was me; up to 300 characters, read back where it is used (features/inspector/changedBy.ts).
   */
  field?: string | null;
  /** The rectangle of the map my page shows (flow coordinates), so others can follow my view. */
  view?: ViewRect | null;
  /** The client id of the person whose view I follow, so they see how many follow them. */
  following?: number | null;
}

/** Cursor and drag positions, and the view, go out at most this often (about 20 per second). */
export const PRESENCE_INTERVAL_MS = 50;

/** The fields that change with every frame of a move, sent at most once per interval. */
type Moving = "cursor" | "dragging" | "view";

interface Throttle {
  lastSent: number;
  pending: Pick<PresencePatch, Moving> | null;
  timer: ReturnType<typeof setTimeout> | null;
}
const throttles = new WeakMap<Awareness, Throttle>();

function write(awareness: Awareness, patch: PresencePatch): void {
  const current = (awareness.getLocalState() ?? {}) as Record<string, unknown>;
  const { id: _id, chosen: _chosen, ...user } = getIdentity();
  awareness.setLocalState({
    cursor: null,
    selection: [],
    headers: [],
    dragging: null,
    editing: null,
    renaming: null,
    field: null,
    view: null,
    following: null,
    ...current,
    ...patch,
    user,
  });
}

/**
 * Merges a patch into my awareness state. Moving positions are throttled with a trailing send, so
 * the last position always arrives; clearing a position (null) and selections go out at once.
 */
export function setLocalPresence(awareness: Awareness, patch: PresencePatch): void {
  let t = throttles.get(awareness);
  if (!t) {
    t = { lastSent: 0, pending: null, timer: null };
    throttles.set(awareness, t);
  }
  const moving: Pick<PresencePatch, Moving> = {};
  const now: PresencePatch = {};
  if (patch.cursor !== undefined) (patch.cursor === null ? now : moving).cursor = patch.cursor;
  if (patch.dragging !== undefined) (patch.dragging === null ? now : moving).dragging = patch.dragging;
  if (patch.view !== undefined) (patch.view === null ? now : moving).view = patch.view;
  if (patch.selection !== undefined) now.selection = patch.selection;
  if (patch.headers !== undefined) now.headers = patch.headers;
  if (patch.editing !== undefined) now.editing = patch.editing;
  if (patch.renaming !== undefined) now.renaming = patch.renaming;
  if (patch.field !== undefined) now.field = patch.field;
  if (patch.following !== undefined) now.following = patch.following;
  // A cleared field must not be brought back by a trailing send of an older position.
  if (t.pending) {
    if (now.cursor === null) delete t.pending.cursor;
    if (now.dragging === null) delete t.pending.dragging;
    if (now.view === null) delete t.pending.view;
  }

  const hasMoving = moving.cursor !== undefined || moving.dragging !== undefined || moving.view !== undefined;
  const elapsed = Date.now() - t.lastSent;
  if (hasMoving && elapsed >= PRESENCE_INTERVAL_MS && t.timer === null) {
    t.lastSent = Date.now();
    write(awareness, { ...now, ...moving });
    return;
  }
  if (hasMoving) {
    t.pending = { ...t.pending, ...moving };
    if (t.timer === null) {
      const throttle = t;
      throttle.timer = setTimeout(
        () => {
          throttle.timer = null;
          const pending = throttle.pending;
          throttle.pending = null;
          if (pending && Object.keys(pending).length > 0) {
            throttle.lastSent = Date.now();
            write(awareness, pending);
          }
        },
        Math.max(0, PRESENCE_INTERVAL_MS - elapsed),
      );
    }
  }
  if (!hasMoving || Object.keys(now).length > 0) write(awareness, now);
}

interface PeersStore {
  subscribe: (cb: () => void) => () => void;
  getSnapshot: () => Peer[];
}
const stores = new WeakMap<Awareness, PeersStore>();

function peersStore(awareness: Awareness): PeersStore {
  const existing = stores.get(awareness);
  if (existing) return existing;
  let snapshot = peersOf(awareness.getStates(), awareness.clientID);
  let key = JSON.stringify(snapshot);
  const listeners = new Set<() => void>();
  // One awareness listener for all subscribers, so every one of them hears about a change.
  const onChange = (): void => {
    const next = peersOf(awareness.getStates(), awareness.clientID);
    const nextKey = JSON.stringify(next);
    if (nextKey === key) return;
    snapshot = next;
    key = nextKey;
    for (const cb of [...listeners]) cb();
  };
  const store: PeersStore = {
    subscribe(cb) {
      if (listeners.size === 0) awareness.on("change", onChange);
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
        if (listeners.size === 0) awareness.off("change", onChange);
      };
    },
    getSnapshot: () => {
      // While nobody listens, changes are not tracked: catch up on read.
      if (listeners.size === 0) onChange();
      return snapshot;
    },
  };
  stores.set(awareness, store);
  return store;
}

/** The connection that brings the others' presence to my page. */
export interface PresenceConnection {
  /** Whether it is open now. */
  open(): boolean;
  /** Calls `cb` with true each time it opens and false each time it closes; returns what stops that. */
  onOpenChange(cb: (open: boolean) => void): () => void;
}

/**
 * The connection an awareness change came through, or null for a change that names none (my own, a state that timed
 * out on my page). A connection that closes takes everybody else off my page itself (y-websocket), so a person it
 * takes off while it is closed has not left the map: my page lost sight of them.
 */
export function connectionOf(origin: unknown): PresenceConnection | null {
  if (!(origin instanceof WebsocketProvider)) return null;
  return {
    open: () => origin.wsconnected,
    onOpenChange(cb) {
      const onStatus = ({ status }: { status: string }): void => {
        if (status === "connected") cb(true);
        if (status === "disconnected") cb(false);
      };
      origin.on("status", onStatus);
      return () => origin.off("status", onStatus);
    },
  };
}

/** Takes back that I rename the stage or lane `id`, unless I have moved on to another one meanwhile. */
export function stopRenaming(awareness: Awareness, id: string): void {
  const current = awareness.getLocalState() as Record<string, unknown> | null;
  if (current?.["renaming"] === id) setLocalPresence(awareness, { renaming: null });
}

const NOBODY: PeersStore = { subscribe: () => () => {}, getSnapshot: () => [] };

/**
 * What a view draws of the others: `select` (made once, not on each render) picks it from the peers, and the view
 * gets the same value for as long as that serialises the same, so it is not drawn again when a peer changes only
 * something it does not show (a cursor, a view, both up to 20 times a second).
 */
export function usePeersPick<T>(awareness: Awareness | null, select: (peers: readonly Peer[]) => T): T {
  const store = awareness ? peersStore(awareness) : NOBODY;
  const read = useMemo(() => {
    let last: { peers: readonly Peer[]; value: T; key: string } | null = null;
    return (): T => {
      const peers = store.getSnapshot();
      if (last && last.peers === peers) return last.value;
      const value = select(peers);
      const key = JSON.stringify(value);
      last = { peers, value: last && last.key === key ? last.value : value, key };
      return last.value;
    };
  }, [store, select]);
  return useSyncExternalStore(store.subscribe, read, read);
}

/**
 * The people renaming the stage or lane `id` (peersRenaming); the same array while they stay the same, so a header
 * nobody renames is not drawn again as cursors move.
 */
export function usePeersRenaming(awareness: Awareness | null, id: string): readonly PeerTag[] {
  const select = useCallback((peers: readonly Peer[]) => peersRenaming(peers, id), [id]);
  return usePeersPick(awareness, select);
}
