// A live map session: the map and comments documents, their websocket providers, the local
// IndexedDB copy for people who may edit, connection status and the end of access.
import * as Y from "yjs";
import { Awareness, removeAwarenessStates } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import { IndexeddbPersistence } from "y-indexeddb";
import * as decoding from "lib0/decoding";
import { messageYjsSyncStep1 } from "y-protocols/sync";
import { messageSync } from "y-websocket";
import { migrate, type Journey, type Role } from "../doc";
import { fetchMapInfo, type MapInfo } from "./mapInfo";
import { changedDocument, confirmReceipt } from "./confirmReceipt";
import { applyStep2Quietly } from "./quietStep2";
import { sendInPieces } from "./sendInPieces";
import { leaveFocusedField } from "./saveOnLeave";
import { takeSiblingChanges } from "./siblingTabs";
import { dropLeftUnsent, keepLeftUnsent, readLeftUnsent } from "./leftUnsent";
import { firstAnswer } from "./firstAnswer";
import { MESSAGE_SNAPSHOT, readSnapshot } from "../doc/snapshotMessage";
import { localCopyName, readKeptUpdate, removeLocalCopy, sameHistory, setAside } from "./localCopy";
import { accessLostMessage, unsentSentence, deriveStatus, type ConnectionStatus, type ProviderStatus } from "./status";

export type { ConnectionStatus } from "./status";
export { localCopyName } from "./localCopy";

/**
 * What became of this browser's copy of a map whose document the server replaced (deleted and made again under the
 * same id, or its database restored from another copy): "copySetAside" when the page opened the server's map and set
 * the copy aside unmerged; "mapReplaced" when a page that had the old document met the new one on reconnecting: it
 * sent nothing, set its document aside and stopped (a reload opens the server's map).
 */
export type HistoryChange = "copySetAside" | "mapReplaced";

export interface MapSession {
  mapId: string;
  role: Role;
  title: string;
  doc: Y.Doc;
  commentsDoc: Y.Doc;
  awareness: Awareness;
  /** The server's snapshot of the map while its document is on its way (src/doc/snapshotMessage.ts). */
  preview: {
    journey(): Journey | null;
    subscribe(cb: () => void): () => void;
  };
  status: () => ConnectionStatus;
  onStatus(cb: (s: ConnectionStatus) => void): () => void;
  onAccessLost(cb: (reason: string) => void): () => void;
  /** The sentence of the access loss, once it happened (late subscribers still learn of it). */
  accessLost: () => string | null;
  /**
   * True once the comments document has had the server's answer, so it holds every comment (an export waits on
   * this right after opening); false after `timeoutMs`, or soon when no answer can come (offline, access lost).
   */
  commentsSynced(timeoutMs: number): Promise<boolean>;
  /** Set once this browser's copy of the map was set aside because the server's map is another document. */
  historyChange(): HistoryChange | null;
  /** Told once the copy is set aside (and readable with readSetAside). */
  onHistoryChange(cb: (change: HistoryChange) => void): () => void;
  destroy(): void;
}

export interface OpenMapSessionOptions {
  mapId: string;
  token: string;
  /** http(s) origin of the server; the page's origin by default. */
  baseUrl?: string;
  /** Node has no WebSocket before v22: tests pass the `ws` package here. */
  WebSocketPolyfill?: typeof WebSocket;
}

/** The origin of the local copy's content when the session applies it itself (read before the role was known). */
const KEPT = Symbol("local copy");
/** How long an editor's page with a local copy waits for the server's state vector before it merges the copy anyway. */
const SERVER_STATE_WAIT_MS = 3000;
/**
 * How long the page waits for this browser's storage to read the local copy: a storage that hangs must not keep the
 * map from opening. Read later, the copy is checked and merged then (drawn a moment after the map).
 */
const KEPT_READ_WAIT_MS = 3000;
/**
 * How long a change made on an open connection may go without a word from the server before the page stops saying
 * "online": a network that drops without closing the socket is noticed by y-websocket only after 30 s of silence,
 * and meanwhile the change reaches nobody. The page then says it is catching up until the server confirms it.
 */
const UNHEARD_AFTER_MS = 4000;

function defaultBaseUrl(): string {
  if (typeof window === "undefined") throw new Error("openMapSession needs a baseUrl outside the browser.");
  return window.location.origin;
}

function wsBaseOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/ws`;
}

const networkOnline = (): boolean => (typeof navigator === "undefined" ? true : navigator.onLine !== false);

export async function openMapSession(options: OpenMapSessionOptions): Promise<MapSession> {
  const { mapId, token } = options;
  const baseUrl = options.baseUrl ?? defaultBaseUrl();
  // Who the token makes us is asked while the sockets connect: opening a big map waits for one round
  // trip less. Until the answer is in, nothing is migrated and no local copy is kept.
  const infoRequest = fetchMapInfo(baseUrl, mapId, token);
  // The local copy is read meanwhile, unbound: an editor's page draws the map with its changes from the first frame,
  // and only once it knows the copy grew from the server's document (see sameHistory).
  const keptRequest = readKeptUpdate(mapId).catch(() => null);
  let mayEdit: boolean | null = null;

  const doc = new Y.Doc();
  const commentsDoc = new Y.Doc();
  const awareness = new Awareness(doc);

  const wsBase = wsBaseOf(baseUrl);
  const common = {
    // full=1: this page has nothing of the map yet, so the server sends all of it at once instead of after
    // our sync step 1, which a page busy starting up sends late. Reconnects, which have it, leave it out.
    params: { token, full: "1" },
    // Same-browser tabs would otherwise exchange updates past the server's role checks.
    disableBc: true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  };
  // snapshot=1: the map as the server reads it comes first, drawn while Yjs decodes the document.
  const provider = new WebsocketProvider(wsBase, mapId, doc, {
    ...common,
    params: { ...common.params, snapshot: "1" },
    awareness,
  });
  // Made once the role is known (below); until then nothing is kept locally.
  let localCopy: IndexeddbPersistence | null = null;
  applyStep2Quietly(provider, () => localCopy);
  // Offline work (or a large paste) can be more than the server reads in one message: it goes in pieces.
  sendInPieces(provider);

  // The server's state vector comes in its sync step 1, the first thing it sends on a connection. A document that
  // shares no writer with it is another map's history: merging the two would bring the old map's cards back into the
  // new one. Nothing is sent on a connection before that check (a change made meanwhile goes with the answer to the
  // step 1), and after a failed one nothing is read or sent any more.
  let serverState: Map<number, number> | null = null;
  const serverStateWaiters = new Set<() => void>();
  const serverStateSettled = (): void => {
    for (const done of [...serverStateWaiters]) done();
  };
  let checked = false;
  let change: HistoryChange | null = null;
  const changeListeners = new Set<(c: HistoryChange) => void>();
  const handleSync = provider.messageHandlers[messageSync]!;
  provider.messageHandlers[messageSync] = (encoder, decoder, from, emitSynced, type) => {
    if (change === "mapReplaced") return;
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) === messageYjsSyncStep1) {
      serverState = Y.decodeStateVector(decoding.readVarUint8Array(peek));
      serverStateSettled();
      if (!sameHistory(Y.decodeStateVector(Y.encodeStateVector(doc)), serverState)) {
        void replaced();
        return;
      }
      checked = true;
    }
    return handleSync(encoder, decoder, from, emitSynced, type);
  };
  const sendUpdate = provider._updateHandler;
  const sendChecked = (update: Uint8Array, origin: unknown): void => {
    if (checked && change !== "mapReplaced") sendUpdate(update, origin);
  };
  doc.off("update", sendUpdate);
  provider._updateHandler = sendChecked;
  doc.on("update", sendChecked);
  // Presence lives in the map room only. The comments room gets an awareness of its own whose
  // empty state is renewed every 15 s: its echo keeps the socket from looking dead (y-websocket
  // reconnects after 30 s without any message) while nobody comments.
  const commentsAwareness = new Awareness(commentsDoc);
  const commentsProvider = new WebsocketProvider(wsBase, `${mapId}/comments`, commentsDoc, {
    ...common,
    awareness: commentsAwareness,
  });

  // The snapshot is shown until the document has synced, or until it cannot come (offline, access lost).
  let snapshot: Journey | null = null;
  let snapshotOver = false;
  const previewListeners = new Set<() => void>();
  const endPreview = (): void => {
    if (snapshotOver) return;
    snapshotOver = true;
    const had = snapshot !== null;
    snapshot = null;
    if (had) for (const cb of [...previewListeners]) cb();
  };
  provider.messageHandlers[MESSAGE_SNAPSHOT] = (_encoder, decoder) => {
    if (snapshotOver || snapshot !== null || doc.store.clients.size > 0) return;
    snapshot = readSnapshot(decoder);
    if (snapshot !== null) for (const cb of [...previewListeners]) cb();
  };

  const statusListeners = new Set<(s: ConnectionStatus) => void>();
  const lostListeners = new Set<(reason: string) => void>();
  const state = {
    provider: "connecting" as ProviderStatus,
    synced: false,
    wasOnline: false,
    networkOnline: networkOnline(),
    serverUnreachable: false,
    accessLost: null as string | null,
    catchingUp: false,
  };
  let current: ConnectionStatus = deriveStatus({ ...state, accessLost: false });
  let migrated = false;
  let destroyed = false;
  const commentsAnswer = firstAnswer(
    commentsProvider,
    () => destroyed || state.accessLost !== null || !networkOnline(),
  );
  // Whether the document changed here since the server last had all of it: set by a change made here or brought
  // by the local copy (what it adds is what the server lacks), cleared once the server confirms it stored
  // everything this page sent. Not by the provider's sync: the server may send that before it has read
  // what the page sends it after a reconnect (see confirmReceipt.ts).
  let unsent = false;
  const receipt = confirmReceipt(provider, () => {
    unsent = false;
    if (!state.catchingUp) return;
    state.catchingUp = false;
    update();
  });
  // afterTransaction, not an update listener: one more of those would make Yjs encode every update again.
  const noteUnsent = (transaction: Y.Transaction): void => {
    // Online too: a change on its way is not stored until the server says so, and a link replaced (or a network
    // lost) before that leaves it in this browser only, which the access-lost sentence must then say.
    if (transaction.origin === provider || !changedDocument(transaction)) return;
    unsent = true;
    // What the local copy adds is what the server lacks: not shared until the server confirms it.
    const fromCopy = transaction.origin === KEPT || (localCopy !== null && transaction.origin === localCopy);
    if (fromCopy && !state.catchingUp) {
      state.catchingUp = true;
      update();
    }
    // Connected, the change goes out now as an update: a confirmation asked after it covers it.
    receipt.request();
    watchUnheard();
  };
  let unheardTimer: ReturnType<typeof setTimeout> | undefined;
  const watchUnheard = (since = Date.now(), wait = UNHEARD_AFTER_MS): void => {
    if (unheardTimer !== undefined || state.provider !== "connected") return;
    unheardTimer = setTimeout(() => {
      unheardTimer = undefined;
      if (!unsent || destroyed || state.provider !== "connected") return;
      // Something came meanwhile (an answer to an earlier change, say): the silence is counted from it.
      const heard = Math.max(since, provider.wsLastMessageReceived);
      const quiet = Date.now() - heard;
      if (quiet < UNHEARD_AFTER_MS) return watchUnheard(since, UNHEARD_AFTER_MS - quiet);
      if (state.catchingUp) return;
      state.catchingUp = true;
      update();
    }, wait);
  };

  doc.on("afterTransaction", noteUnsent);

  const update = (): void => {
    const next = deriveStatus({ ...state, accessLost: state.accessLost !== null || change === "mapReplaced" });
    if (next !== "connecting") endPreview();
    if (next === "online") state.wasOnline = true;
    if (next === current) return;
    current = next;
    for (const cb of [...statusListeners]) cb(next);
  };

  const loseAccess = (reason: string, code?: number): void => {
    if (state.accessLost !== null || destroyed) return;
    state.accessLost = mayEdit && unsent ? `${reason} ${unsentSentence(code)}` : reason;
    // Both rooms stop: reconnecting with a dead token would only be refused again.
    provider.shouldConnect = false;
    commentsProvider.shouldConnect = false;
    provider.disconnect();
    commentsProvider.disconnect();
    update();
    for (const cb of [...lostListeners]) cb(state.accessLost);
  };

  const onClosed = ({ code }: { code: number }): void => {
    const message = accessLostMessage(code, state.wasOnline);
    if (message !== null) loseAccess(message, code);
  };

  // A connection that ends takes the other people off this page (y-websocket), but Awareness keeps their clocks;
  // after a reconnect the server sends their states again with those same clocks, which Awareness ignores, so
  // someone who did not move stayed invisible until their 15 s renewal. Forgetting the clocks of those who left
  // takes their states again; and my own clock goes up on each connection, so pages that dropped my state (the
  // server restarted, or their network went) take it again too.
  provider.on("status", ({ status }) => {
    if (status === "disconnected") {
      for (const client of [...awareness.meta.keys()]) {
        if (client !== awareness.clientID && !awareness.states.has(client)) awareness.meta.delete(client);
      }
    }
    if (status === "connected") {
      const mine = awareness.getLocalState();
      if (mine !== null) awareness.setLocalState(mine);
    }
  });
  provider.on("status", ({ status }) => {
    state.provider = status;
    // Each connection's server is checked again: the map may have been replaced while this page was away.
    if (status !== "connected") checked = false;
    if (status === "disconnected") serverStateSettled();
    // What this page holds and the server may lack goes out now; "online" waits until the server confirms it.
    if (status === "connected") state.catchingUp = unsent;
    if (status !== "connected") state.synced = false;
    // A connection lost before the document came: the page goes on with what it has (its local copy, maybe).
    if (status === "disconnected") endPreview();
    update();
  });
  // Once synced and once the role is known: only people who may edit write migrations; the server
  // refuses them from anybody else.
  const migrateOnce = (): void => {
    if (migrated || !state.synced || mayEdit === null) return;
    migrated = true;
    try {
      if (mayEdit) migrate(doc);
    } catch (error) {
      loseAccess(error instanceof Error ? error.message : String(error));
    }
  };
  for (const p of [provider, commentsProvider]) {
    p.once("sync", () => (p.params = { token }));
  }
  let syncs = 0;
  provider.on("sync", (synced: boolean) => {
    state.synced = synced;
    migrateOnce();
    update();
    // The first sync follows the copy's merge on opening; later ones (a reconnect) take in a closed sibling tab's.
    if (synced && syncs++ > 0 && mayEdit && localCopy !== null) {
      void takeSiblingChanges(
        doc,
        mapId,
        () => serverState,
        KEPT,
        () => !destroyed && change !== "mapReplaced" && checked,
      );
    }
  });
  provider.on("closed", onClosed);
  commentsProvider.on("closed", onClosed);

  const reconnect = (): void => {
    if (state.accessLost !== null || destroyed) return;
    for (const p of [provider, commentsProvider]) {
      if (p.wsconnected) continue;
      // An attempt still waiting for an answer may have started without a network: a fresh one starts now.
      if (p.wsconnecting) p.disconnect();
      p.connect();
    }
  };
  // The browser says the network is gone: a socket that looks open is dead (a dropped network seldom closes it,
  // and y-websocket notices only after 30 s of silence), so both close now. That also takes the other people off
  // this page at once, instead of showing their cursors, selections and names as present while nothing arrives.
  // No new attempt is made until the browser says the network is back: one started offline may hang unanswered.
  const dropSockets = (): void => {
    for (const p of [provider, commentsProvider]) p.disconnect();
  };
  const onNetwork = (): void => {
    state.networkOnline = networkOnline();
    // Skip the backoff wait: the browser says the network is back.
    if (state.networkOnline) reconnect();
    else if (state.accessLost === null && !destroyed) dropSockets();
    update();
  };
  // Closing the tab removes my cursor at once instead of after the 30 s awareness timeout. A page the browser
  // keeps in its back/forward cache may come back (pageshow with persisted): then my presence comes back with it,
  // as it was, and the sockets the browser may have closed meanwhile reconnect without waiting for the backoff.
  let hiddenPresence: Record<string, unknown> | null = null;
  const onPageHide = (): void => {
    // First, while my presence still names the field: what was typed into it is saved, not lost with the page.
    leaveFocusedField();
    // A write to the local copy started now may be cut off with the page: what the server may lack goes beside it.
    if (mayEdit && unsent && !destroyed && change !== "mapReplaced") {
      const base = Y.encodeStateVector(serverState ?? new Map<number, number>());
      keepLeftUnsent(mapId, Y.encodeStateAsUpdate(doc, base), base);
    }
    hiddenPresence = awareness.getLocalState();
    removeAwarenessStates(awareness, [doc.clientID], "page hidden");
  };
  const onPageShow = (event: Event): void => {
    if (!(event as PageTransitionEvent).persisted) return;
    const presence = hiddenPresence;
    hiddenPresence = null;
    // A move made since (a pointer event before pageshow) already wrote a newer state.
    if (presence !== null && awareness.getLocalState() === null) awareness.setLocalState(presence);
    reconnect();
  };
  if (typeof window !== "undefined" && typeof window.addEventListener === "function") {
    window.addEventListener("online", onNetwork);
    window.addEventListener("offline", onNetwork);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("pageshow", onPageShow);
  }

  const tell = (c: HistoryChange): void => {
    change = c;
    for (const cb of [...changeListeners]) cb(c);
  };
  // This page's document (the old map with whatever was made on it) is not the map's any more: it stops, keeps the
  // document beside the map for the page to offer, and removes the copy so that the next visit opens the server's.
  async function replaced(): Promise<void> {
    if (change === "mapReplaced" || destroyed) return;
    change = "mapReplaced";
    provider.shouldConnect = false;
    commentsProvider.shouldConnect = false;
    provider.disconnect();
    commentsProvider.disconnect();
    update();
    const copy = localCopy;
    const whole = Y.encodeStateAsUpdate(doc);
    // Viewers and commenters made nothing here, and keep nothing in the browser: a reload shows them the new map.
    if (!mayEdit) return tell("mapReplaced");
    try {
      await setAside(mapId, whole);
      // Kept until then: a copy that could not be set aside stays where it is, for the next visit to try again.
      localCopy = null;
      if (copy) await copy.clearData();
      else await removeLocalCopy(mapId);
    } catch {
      // Nothing is removed; the next visit finds the copy and sets it aside then.
    }
    tell("mapReplaced");
  }

  function waitForServerState(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        serverStateWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      serverStateWaiters.add(done);
    });
  }

  function destroyAll(): void {
    destroyed = true;
    clearTimeout(unheardTimer);
    if (typeof window !== "undefined" && typeof window.removeEventListener === "function") {
      window.removeEventListener("online", onNetwork);
      window.removeEventListener("offline", onNetwork);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("pageshow", onPageShow);
    }
    statusListeners.clear();
    lostListeners.clear();
    previewListeners.clear();
    changeListeners.clear();
    serverStateSettled();
    provider.destroy();
    commentsProvider.destroy();
    commentsAwareness.destroy();
    awareness.destroy();
    doc.destroy();
    commentsDoc.destroy();
  }

  let info: MapInfo;
  try {
    info = await infoRequest;
  } catch (error) {
    destroyAll();
    throw error;
  }
  mayEdit = info.role === "owner" || info.role === "editor";
  state.serverUnreachable = info.fromCache;
  update();
  // Viewers and commenters keep no local copy: what they see always comes from the server.
  if (mayEdit) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<"slow">((resolve) => (timer = setTimeout(() => resolve("slow"), KEPT_READ_WAIT_MS)));
    const kept = await Promise.race([keptRequest, slow]);
    clearTimeout(timer);
    if (kept === "slow") void keptRequest.then((k) => takeLocalCopy(...withLeftUnsent(k)));
    else await takeLocalCopy(...withLeftUnsent(kept));
  }
  migrateOnce();

  /**
   * The local copy with what the last page left unsent beside it (see leftUnsent.ts), and the state vector that
   * update went beyond: the history it belongs to, which the update alone may not show.
   */
  function withLeftUnsent(kept: Uint8Array | null): [Uint8Array | null, Map<number, number>?] {
    const left = readLeftUnsent(mapId);
    if (left === null) return [kept];
    try {
      return [kept === null ? left.update : Y.mergeUpdates([kept, left.update]), Y.decodeStateVector(left.base)];
    } catch {
      return [kept];
    }
  }

  /**
   * Merges the local copy into the document, before the page draws it, when it grew from the server's document (or
   * while the server has not said what it holds: the check on its sync step 1 follows); else sets it aside and
   * starts a new copy from the server's map. The server's snapshot is not drawn over a copy merged: it lacks the
   * changes the copy adds, which would vanish from the map and come back.
   */
  async function takeLocalCopy(kept: Uint8Array | null, base?: Map<number, number>): Promise<void> {
    if (destroyed) return;
    // Merged before the server said what it holds, a copy of a replaced map could only be set aside with the page's
    // document, which the page then shows stale: its answer is awaited a while (one message after the map's details).
    if (
      kept !== null &&
      serverState === null &&
      !info.fromCache &&
      state.networkOnline &&
      state.provider !== "disconnected"
    ) {
      await waitForServerState(SERVER_STATE_WAIT_MS);
      if (destroyed) return;
    }
    if (kept !== null) {
      const keptState = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(kept));
      for (const [client, clock] of base ?? []) keptState.set(client, Math.max(clock, keptState.get(client) ?? 0));
      if (serverState !== null && !sameHistory(keptState, serverState)) {
        try {
          await setAside(mapId, kept);
          await removeLocalCopy(mapId);
        } catch {
          // Neither merged nor lost: the copy stays for the next visit, and this page keeps none.
          return;
        }
        dropLeftUnsent(mapId);
        if (destroyed) return;
        void keepLocalCopy();
        tell("copySetAside");
        return;
      }
      try {
        Y.applyUpdate(doc, kept, KEPT);
        endPreview();
      } catch {
        // A copy Yjs cannot read is left to the local copy's own loading, as before.
      }
      // The map is editable from the copy at once: the copy is open before the page has it (see keepLocalCopy).
      if (!destroyed) {
        await keepLocalCopy();
        // Once the copy has read itself and written the whole document, what was left unsent is in it.
        void localCopy?.whenSynced.then(
          () => !destroyed && dropLeftUnsent(mapId),
          () => {},
        );
      }
      return;
    }
    // Nothing kept yet: the map is editable once the server's document is in, which takes longer than that.
    if (!destroyed) void keepLocalCopy();
  }

  /**
   * Binds the local copy to the document, once its database is open: y-indexeddb drops a change made before that
   * (its first write, of the whole document, happens then), and a page handed over at once may be edited and closed
   * sooner than that.
   */
  function keepLocalCopy(): Promise<unknown> {
    const copy = new IndexeddbPersistence(localCopyName(mapId), doc);
    localCopy = copy;
    return copy._db.catch(() => undefined);
  }

  return {
    mapId,
    role: info.role,
    title: info.title,
    doc,
    commentsDoc,
    awareness,
    preview: {
      journey: () => snapshot,
      subscribe(cb) {
        previewListeners.add(cb);
        return () => previewListeners.delete(cb);
      },
    },
    status: () => current,
    accessLost: () => state.accessLost,
    commentsSynced: (timeoutMs) => commentsAnswer.wait(timeoutMs),
    historyChange: () => change,
    onHistoryChange(cb) {
      changeListeners.add(cb);
      return () => changeListeners.delete(cb);
    },
    onStatus(cb) {
      statusListeners.add(cb);
      return () => statusListeners.delete(cb);
    },
    onAccessLost(cb) {
      lostListeners.add(cb);
      return () => lostListeners.delete(cb);
    },
    destroy() {
      if (destroyed) return;
      // destroy() closes the IndexedDB copy and keeps its data for the next visit.
      void localCopy?.destroy();
      destroyAll();
    },
  };
}
