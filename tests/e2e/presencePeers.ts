// People from Node for the presence browser tests: a y-websocket client per person whose awareness
// state the test writes directly, well-formed or not, as another browser (or a broken client) would.
import { WebSocket as NodeWebSocket } from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";

export interface NodePeer {
  readonly provider: WebsocketProvider;
  /** Sets this person's whole awareness state, exactly as given. */
  setState(state: Record<string, unknown> | null): void;
  leave(): void;
}

/** Joins the map's room with the given token and waits until the server has synced it. */
export async function joinAsPeer(appUrl: string, mapId: string, token: string): Promise<NodePeer> {
  const ws = appUrl.replace(/^http/, "ws") + "/ws";
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(ws, mapId, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: NodeWebSocket as unknown as typeof WebSocket,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("A Node peer did not sync within 10 s.")), 10000);
    provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    provider,
    setState: (state) => provider.awareness.setLocalState(state),
    leave() {
      provider.destroy();
      doc.destroy();
    },
  };
}
