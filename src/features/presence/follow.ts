// Whose view my page follows, one per map presence: the people list starts and stops following, the canvas shows the
// leader's view (src/canvas/useFollow.ts) and stops when I move the map myself, and it stops when the leader leaves.
// When my own connection drops, the leader's presence goes off my page with everybody else's: following waits for it
// to come back instead of ending, and ends only when it does not come back soon after I am connected again.
import { useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { connectionOf, parsePeer, setLocalPresence, type PresenceConnection, type ViewRect } from "../../sync";

export interface Leader {
  clientId: number;
  name: string;
  color: string;
}

export interface FollowState {
  /** The person whose view I follow; null when I follow nobody. */
  leader: Leader | null;
  /** True while my page has lost sight of the leader (my connection dropped): following goes on when they are back. */
  waiting: boolean;
  /** The name of the person I followed until they left the map, for a screen reader; null otherwise. */
  left: string | null;
}

interface Follow {
  state: FollowState;
  /** The leader's latest view; null until they have published one. Kept out of `state`: it changes by the frame. */
  view: ViewRect | null;
  listeners: Set<() => void>;
  subscribe: (cb: () => void) => () => void;
  viewListeners: Set<(view: ViewRect) => void>;
  stopWatching: (() => void) | null;
}

const NOBODY: FollowState = { leader: null, waiting: false, left: null };
/**
 * How long following waits, once my connection is open again, for the leader's presence to come back before it takes
 * them for gone. The server sends everybody's presence as a connection opens; a leader whose own connection dropped
 * at the same moment (the server restarted) needs a few seconds more to reconnect.
 */
export const LEADER_RETURN_MS = 10_000;
const follows = new WeakMap<Awareness, Follow>();

function followOf(awareness: Awareness): Follow {
  let entry = follows.get(awareness);
  if (!entry) {
    const listeners = new Set<() => void>();
    const subscribe = (cb: () => void): (() => void) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    };
    entry = { state: NOBODY, view: null, listeners, subscribe, viewListeners: new Set(), stopWatching: null };
    follows.set(awareness, entry);
  }
  return entry;
}

function change(awareness: Awareness, entry: Follow, state: FollowState): void {
  entry.stopWatching?.();
  entry.stopWatching = null;
  entry.view = null;
  entry.state = state;
  setLocalPresence(awareness, { following: state.leader?.clientId ?? null });
  for (const cb of [...entry.listeners]) cb();
}

function tell(entry: Follow, state: FollowState): void {
  entry.state = state;
  for (const cb of [...entry.listeners]) cb();
}

/**
 * Reads the leader's state on each change of theirs: a new view goes to the canvas, a new name or colour to the bar,
 * and a leader gone from the map (their page closed or lost) ends the following. A leader my page lost sight of (my
 * connection closed, or their presence timed out here) is waited for: while my connection is closed, and then for
 * LEADER_RETURN_MS.
 */
function watch(awareness: Awareness, entry: Follow, clientId: number): () => void {
  // The connection the leader's presence comes through, known from the first change that came through it.
  let connection: PresenceConnection | null = null;
  let offConnection = (): void => {};
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  const stopWaiting = (): void => {
    clearTimeout(giveUp);
    giveUp = undefined;
  };
  // Counted from the moment my connection is open: a leader who is still in the map is back on my page by then.
  const waitForReturn = (): void => {
    stopWaiting();
    if (connection && !connection.open()) return;
    giveUp = setTimeout(() => {
      const leader = entry.state.leader;
      if (entry.state.waiting && leader?.clientId === clientId)
        change(awareness, entry, { ...NOBODY, left: leader.name });
    }, LEADER_RETURN_MS);
  };
  const learn = (origin: unknown): void => {
    const through = connectionOf(origin);
    if (!through || connection) return;
    connection = through;
    offConnection = through.onOpenChange((open) => {
      if (!entry.state.waiting) return;
      if (open) waitForReturn();
      else stopWaiting();
    });
  };

  const read = (origin?: unknown): void => {
    const leader = entry.state.leader;
    if (!leader || leader.clientId !== clientId) return;
    learn(origin);
    const peer = parsePeer(clientId, awareness.getStates().get(clientId));
    if (!peer) {
      if (entry.state.waiting) return;
      const closed = connectionOf(origin)?.open() === false;
      if (!closed && origin !== "timeout") {
        change(awareness, entry, { ...NOBODY, left: leader.name });
        return;
      }
      tell(entry, { ...entry.state, waiting: true });
      waitForReturn();
      return;
    }
    if (entry.state.waiting || peer.name !== leader.name || peer.color !== leader.color) {
      stopWaiting();
      tell(entry, { leader: { clientId, name: peer.name, color: peer.color }, waiting: false, left: null });
    }
    const view = peer.view;
    if (!view || sameView(view, entry.view)) return;
    entry.view = view;
    for (const cb of [...entry.viewListeners]) cb(view);
  };
  const onChange = (diff: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    if (diff.added.includes(clientId) || diff.updated.includes(clientId) || diff.removed.includes(clientId)) {
      read(origin);
    }
  };
  awareness.on("change", onChange);
  read();
  return () => {
    awareness.off("change", onChange);
    offConnection();
    stopWaiting();
  };
}

function sameView(a: ViewRect, b: ViewRect | null): boolean {
  return b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** Follows the person `clientId` (in the map now, as the people list shows them); following someone else ends. */
export function follow(awareness: Awareness, clientId: number): void {
  if (clientId === awareness.clientID) return;
  const peer = parsePeer(clientId, awareness.getStates().get(clientId));
  if (!peer) return;
  const entry = followOf(awareness);
  change(awareness, entry, { leader: { clientId, name: peer.name, color: peer.color }, waiting: false, left: null });
  entry.stopWatching = watch(awareness, entry, clientId);
}

/** Stops following (Stop following, or I moved the map myself); nothing happens when I follow nobody. */
export function stopFollowing(awareness: Awareness): void {
  const entry = follows.get(awareness);
  if (!entry?.state.leader) return;
  change(awareness, entry, NOBODY);
}

/** Whom I follow right now; null for nobody. */
export function followedBy(awareness: Awareness): Leader | null {
  return follows.get(awareness)?.state.leader ?? null;
}

/** The view of the person I follow, as they last published it; null while they have published none. */
export function leaderView(awareness: Awareness): ViewRect | null {
  return follows.get(awareness)?.view ?? null;
}

/** Calls `cb` with each new view of the person I follow (not through React: it comes with every frame of a pan). */
export function onLeaderView(awareness: Awareness, cb: (view: ViewRect) => void): () => void {
  const entry = followOf(awareness);
  entry.viewListeners.add(cb);
  return () => entry.viewListeners.delete(cb);
}

/**
 * Whom I follow, whether following waits for them to be back on my page, and who I stopped following because they
 * left; the same object until one of them changes.
 */
export function useFollowState(awareness: Awareness): FollowState {
  const entry = followOf(awareness);
  const read = (): FollowState => entry.state;
  return useSyncExternalStore(entry.subscribe, read, read);
}
