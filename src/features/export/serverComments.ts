// The map's comments for an export that holds them, also right after the map opened, when the page's comments
// document may not have synced yet. A comments document with content has synced (the server sends all of it in one
// message); an empty one is a map without comments or comments still on their way, which only the server can tell:
// a short connection of its own to the comments room asks it.
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { readComments, type Comment } from "../../doc";

/** `complete` is false when the comments could not be had from the server: the list may then lack some. */
export type CommentsAnswer = { comments: Comment[]; complete: boolean };

/** How long an export waits for the server's comments before it goes ahead without them and says so. */
export const COMMENTS_WAIT_MS = 8000;

/** Comments documents that have had the server's answer (an empty one too): they hold every comment from then on. */
const answered = new WeakSet<Y.Doc>();

const fromServer = (transaction: Y.Transaction): boolean => !transaction.local;

/** Notes when the page's comments document has its first answer from the server; returns the way to stop. */
export function watchComments(doc: Y.Doc): () => void {
  const note = (transaction: Y.Transaction): void => {
    if (fromServer(transaction)) answered.add(doc);
  };
  doc.on("afterTransaction", note);
  return () => doc.off("afterTransaction", note);
}

/** Whether the page's comments document holds every comment the map has. */
export function commentsArrived(doc: Y.Doc): boolean {
  return answered.has(doc) || doc.store.clients.size > 0;
}

export type ServerCommentsOptions = {
  commentsDoc: Y.Doc;
  mapId: string;
  token: string;
  /** http(s) origin of the server (the page's own in the editor). */
  baseUrl: string;
  timeoutMs?: number;
  /** Node has no WebSocket before v22: tests pass the `ws` package here. */
  WebSocketPolyfill?: typeof WebSocket;
};

function wsBaseOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/ws`;
}

/**
 * The map's comments: the page's at once when its document has synced, else the server's as soon as either the
 * page's document or a connection of this function's own has them; after `timeoutMs`, or when that connection is
 * refused or cannot be made (offline), the page's with `complete: false`.
 */
export function serverComments(options: ServerCommentsOptions): Promise<CommentsAnswer> {
  const { commentsDoc } = options;
  if (commentsArrived(commentsDoc)) return Promise.resolve({ comments: readComments(commentsDoc), complete: true });
  if (typeof navigator !== "undefined" && navigator.onLine === false) {
    return Promise.resolve({ comments: readComments(commentsDoc), complete: false });
  }
  return new Promise((resolve) => {
    const probe = new Y.Doc();
    const provider = new WebsocketProvider(wsBaseOf(options.baseUrl), `${options.mapId}/comments`, probe, {
      params: { token: options.token, full: "1" },
      disableBc: true,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
    let done = false;
    const finish = (answer: CommentsAnswer): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      commentsDoc.off("afterTransaction", onPage);
      provider.destroy();
      probe.destroy();
      resolve(answer);
    };
    const withoutAnswer = (): void => finish({ comments: readComments(commentsDoc), complete: false });
    // The page's own document may have its answer first.
    const onPage = (transaction: Y.Transaction): void => {
      if (!fromServer(transaction)) return;
      answered.add(commentsDoc);
      finish({ comments: readComments(commentsDoc), complete: true });
    };
    commentsDoc.on("afterTransaction", onPage);
    provider.on("sync", (synced: boolean) => {
      if (synced) finish({ comments: readComments(probe), complete: true });
    });
    // A refused token, a server that is gone, no network: no answer will come on this connection.
    provider.on("connection-close", withoutAnswer);
    provider.on("connection-error", withoutAnswer);
    const timer = setTimeout(withoutAnswer, options.timeoutMs ?? COMMENTS_WAIT_MS);
  });
}
